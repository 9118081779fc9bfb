/**
 * Clean up after a writer that was killed (`kill -9`, a power cut) in the middle of a note write.
 * Its files are recognised by name only (temp-names.ts: `.<note>.bokseup-<pid>-<rand>.tmp|old|name`)
 * and only when process `<pid>` is gone, so a run still writing is never disturbed and no user file
 * is ever touched:
 *
 * - a `.old` file is the user's note moved aside for the instant of the swap: it is put back when
 *   the note is absent or is still our unconfirmed new version (same inode as a `.tmp`), so the
 *   user's copy wins and our change is re-done by the next run; a note anyone else saved stays and
 *   the `.old` goes. A moved-aside file that is itself one of our `.tmp` files is tried last;
 * - `.tmp` and `.name` files are our unfinished new versions and bookkeeping: they go.
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from './durable-file.js';
import { parseLeftover, type Leftover } from './temp-names.js';

export interface SweepResult {
  /** Vault paths of the leftover files removed. */
  removed: string[];
  /** Vault paths of the notes put back from a moved-aside copy. */
  restored: string[];
}

type Found = Leftover & { file: string; ino: number };

/** True when process `pid` still runs (EPERM: it runs as another user). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM';
  }
}

/** Remove (or put back) what killed runs left in every folder of `vault`. */
export async function sweepLeftovers(vault: string, alive = processAlive): Promise<SweepResult> {
  const result: SweepResult = { removed: [], restored: [] };
  for (const [folder, found] of await leftoversByFolder(vault, alive)) {
    await sweepFolder(vault, folder, found, result);
  }
  result.removed.sort();
  result.restored.sort();
  return result;
}

/** The dead writers' leftovers, by folder (`.git` is not looked into; links are not followed). */
async function leftoversByFolder(
  vault: string,
  alive: (pid: number) => boolean,
): Promise<Map<string, Found[]>> {
  const byFolder = new Map<string, Found[]>();
  const entries = await nodeFs.readdir(vault, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const parsed = entry.isFile() ? parseLeftover(entry.name) : null;
    const folder = entry.parentPath ?? entry.path;
    if (parsed === null || alive(parsed.pid) || folder.split(path.sep).includes('.git')) continue;
    const file = path.join(folder, entry.name);
    const st = await nodeFs.lstat(file).catch(() => null);
    if (st === null) continue;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), { ...parsed, file, ino: st.ino }]);
  }
  return byFolder;
}

async function sweepFolder(
  vault: string,
  folder: string,
  found: Found[],
  result: SweepResult,
): Promise<void> {
  const ours = new Set(found.filter((f) => f.kind === 'tmp').map((f) => f.ino));
  // The user's moved-aside versions first: one of them, not our new version, is what goes back.
  const olds = found
    .filter((f) => f.kind === 'old')
    .sort((a, b) => Number(ours.has(a.ino)) - Number(ours.has(b.ino)));
  for (const old of olds) {
    const name = old.note ?? (await recordedName(folder, old.tag));
    if (name !== null && (await putBack(old.file, path.join(folder, name), ours))) {
      result.restored.push(path.relative(vault, path.join(folder, name)));
    }
  }
  for (const f of found) {
    if (
      await nodeFs.unlink(f.file).then(
        () => true,
        () => false,
      )
    )
      result.removed.push(path.relative(vault, f.file));
  }
}

/** The note name a short-named write recorded in its `.name` file, or null. */
async function recordedName(folder: string, tag: string): Promise<string | null> {
  const text = await nodeFs.readFile(path.join(folder, `.${tag}.name`), 'utf8').catch(() => null);
  return text === null || text === '' || text.includes('/') ? null : text;
}

/**
 * Put `aside` back at `note` when the note is absent, or when the note in place is one of our own
 * unconfirmed new versions (`ours`: the swap was killed before it proved the user's copy
 * unchanged; the next run re-does our change). A note saved by anyone else stays. True when put back.
 */
async function putBack(aside: string, note: string, ours: ReadonlySet<number>): Promise<boolean> {
  const inPlace = await nodeFs.lstat(note).catch(() => null);
  if (inPlace !== null) {
    if (!ours.has(inPlace.ino)) return false;
    await nodeFs.rename(aside, note);
    return true;
  }
  try {
    await nodeFs.link(aside, note);
    return true;
  } catch (e) {
    if (errorCode(e) === 'EEXIST') return false;
    await nodeFs.copyFile(aside, note, nodeFs.constants.COPYFILE_EXCL); // no hard links here
    return true;
  }
}
