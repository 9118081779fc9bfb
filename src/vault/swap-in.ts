/**
 * The swap at the heart of the atomic writer: put a new version of a note in place of the one that
 * was read, and never lose a version someone else saved meanwhile (DESIGN §5).
 *
 * A plain `rename(temp, note)` replaces whatever the note is at that instant: an editor's
 * rename-save landing between our last check and the rename would be gone, with no way to tell. So:
 *
 * 1. the new text is written to the temp file and fsynced;
 * 2. the note must still be the file that was read (same inode, size, mtime, ctime);
 * 3. `rename(note, .old)` moves aside whatever the note is now, atomically: it is ours to look at;
 * 4. it must be the inode that was read and, through the descriptor held since the read, still
 *    hold the bytes that were read; otherwise it goes back and the caller starts over;
 * 5. `link(temp, note)` puts the new version in place; it fails if an editor created the note in
 *    the instant it was absent, and then the editor's file stays;
 * 6. the moved-aside inode is checked once more through the descriptor (an editor that had it open
 *    may have written into it): if it changed, the user's bytes are put back and the caller starts over.
 */
import { basename, dirname } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { errorCode, syncFolder, writeDurably, type AtomicFs } from './durable-file.js';
import { tempNamesFor, type TempNames } from './temp-names.js';

/** The note as it was read: its descriptor (held open), its stat at the read, and its bytes. */
export interface HeldNote {
  target: string;
  fd: FileHandle;
  before: Stats;
  bytes: Buffer;
}

export type SwapOutcome = 'written' | 'changed' | 'missing';

/** The same version of a file: the same inode, size and times. */
export function sameVersion(a: Stats, b: Stats): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/** Replace the held note with `next`; `beforeSwap` runs after the temp file is written (tests edit there). */
export async function swapIn(
  fs: AtomicFs,
  held: HeldNote,
  next: Buffer,
  beforeSwap: () => Promise<void>,
): Promise<SwapOutcome> {
  const names = tempNamesFor(held.target);
  try {
    await writeDurably(fs, names.temp, next, held.before);
    if (names.nameFile !== undefined) await fs.writeFile(names.nameFile, basename(held.target));
    await beforeSwap();
    const now = await fs
      .stat(held.target)
      .catch((e: unknown) => (errorCode(e) === 'ENOENT' ? null : Promise.reject(e)));
    if (now === null) return 'missing';
    if (!sameVersion(now, held.before)) return 'changed';
    return await exchange(fs, held, names);
  } finally {
    await fs.unlink(names.temp).catch(() => undefined);
    if (names.nameFile !== undefined) await fs.unlink(names.nameFile).catch(() => undefined);
  }
}

/** Steps 3 to 6: move the note aside, check it, link the new version in, check again. */
async function exchange(fs: AtomicFs, held: HeldNote, names: TempNames): Promise<SwapOutcome> {
  await fs.rename(held.target, names.old);
  const captured = await fs.lstat(names.old);
  if (captured.ino !== held.before.ino || !(await unchangedThroughFd(held))) {
    await putBack(fs, names.old, held.target);
    return 'changed';
  }
  if (!(await linkInPlace(fs, names.temp, held.target))) {
    await fs.unlink(names.old); // an editor saved the note while it was aside: its file is newer
    return 'changed';
  }
  if (!(await unchangedThroughFd(held))) {
    await restoreUsers(fs, names, held.target);
    return 'changed';
  }
  await fs.unlink(names.old);
  await syncFolder(fs, dirname(held.target));
  return 'written';
}

/** The held descriptor still shows the size, mtime and bytes that were read. */
async function unchangedThroughFd(held: HeldNote): Promise<boolean> {
  const st = await held.fd.stat();
  if (st.size !== held.before.size || st.mtimeMs !== held.before.mtimeMs) return false;
  const now = Buffer.alloc(held.bytes.length + 1);
  const { bytesRead } = await held.fd.read(now, 0, now.length, 0);
  return bytesRead === held.bytes.length && now.subarray(0, bytesRead).equals(held.bytes);
}

/**
 * Link `from` at `to` without replacing anything; false when `to` exists. A file system without
 * hard links gets a rename (the note is absent at that instant, so there is nothing to replace).
 */
async function linkInPlace(fs: AtomicFs, from: string, to: string): Promise<boolean> {
  try {
    await fs.link(from, to);
    return true;
  } catch (e) {
    if (errorCode(e) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK'].includes(errorCode(e) ?? '')) throw e;
    await fs.rename(from, to);
    return true;
  }
}

/** Put a moved-aside file back where it was, unless a newer file took its place meanwhile. */
export async function putBack(fs: AtomicFs, aside: string, target: string): Promise<void> {
  await linkInPlace(fs, aside, target);
  await fs.unlink(aside).catch(() => undefined);
}

/**
 * The user wrote into the moved-aside note after our checks: move our version out again (the temp
 * name still links it) and put theirs back; a third file saved meanwhile is newer and stays.
 */
async function restoreUsers(fs: AtomicFs, names: TempNames, target: string): Promise<void> {
  const ours = (await fs.lstat(names.temp)).ino;
  const scratch = tempNamesFor(target);
  if (scratch.nameFile !== undefined) await fs.writeFile(scratch.nameFile, basename(target));
  await fs.rename(target, scratch.old);
  if ((await fs.lstat(scratch.old)).ino === ours) {
    await putBack(fs, names.old, target);
    await fs.unlink(scratch.old);
  } else {
    await putBack(fs, scratch.old, target);
    await fs.unlink(names.old);
  }
  if (scratch.nameFile !== undefined) await fs.unlink(scratch.nameFile);
}
