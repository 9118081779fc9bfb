/**
 * The two durability steps of the atomic writer: create a file with a note's mode and owner and
 * fsync it, and fsync a folder so a rename or link in it survives a crash.
 */
import type * as nodeFs from 'node:fs/promises';

/** The file-system calls the writer uses; tests inject a wrapped or failing one. */
export type AtomicFs = Pick<
  typeof nodeFs,
  'readFile' | 'writeFile' | 'stat' | 'lstat' | 'open' | 'rename' | 'link' | 'unlink' | 'realpath'
>;

/** The parts of a note's stat the new file takes over. */
export interface Owner {
  mode: number;
  uid: number;
  gid: number;
}

/** Create `path` exclusively with the original's mode (and owner, where allowed), write, fsync, close. */
export async function writeDurably(fs: AtomicFs, path: string, data: Buffer, original: Owner): Promise<void> {
  const mode = original.mode & 0o7777;
  const handle = await fs.open(path, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.chmod(mode); // the umask may have narrowed the mode given to open
    await handle.chown(original.uid, original.gid).catch(() => undefined); // only root may give files away
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync the folder so the swap itself survives a crash; not every platform allows it. */
export async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some network file systems refuse to open or fsync a directory.
  }
}

/** The error code of a Node file-system error, or undefined. */
export function errorCode(e: unknown): string | undefined {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
