/**
 * Who holds a lock on a file, from Linux's /proc/locks (`1: POSIX ADVISORY WRITE 4242 08:01:1234 …`):
 * the process id and its command name, matched by the file's inode. SQLite's locks are POSIX
 * record locks on the database file (rollback journal) or on its `-shm` file (WAL). Null where the
 * system does not say (no /proc, another PID namespace, the lock already gone).
 */
import { readFileSync, statSync } from 'node:fs';

/** `pid 4242 (sqlite3)` for the first process that holds a lock on `file` or its `-shm`, else null. */
export function lockHolder(file: string): string | null {
  const inodes = [file, `${file}-shm`].flatMap((f) => {
    try {
      return [String(statSync(f).ino)];
    } catch {
      return [];
    }
  });
  if (inodes.length === 0) return null;
  let locks: string;
  try {
    locks = readFileSync('/proc/locks', 'utf8');
  } catch {
    return null;
  }
  for (const line of locks.split('\n')) {
    const fields = line.trim().split(/\s+/);
    const [pid, device] = [fields[4], fields[5]];
    if (pid === undefined || device === undefined || pid === String(process.pid)) continue;
    if (inodes.includes(device.split(':')[2] ?? '')) return `pid ${pid}${commandOf(pid)}`;
  }
  return null;
}

function commandOf(pid: string): string {
  try {
    return ` (${readFileSync(`/proc/${pid}/comm`, 'utf8').trim()})`;
  } catch {
    return '';
  }
}
