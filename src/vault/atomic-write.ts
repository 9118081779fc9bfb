/**
 * Atomic compare-and-swap write of a note (DESIGN §5). The user edits notes in Obsidian while we
 * write derived fields, so a write never overwrites bytes we have not seen:
 *
 * 1. read the file (following a symlink to its target); `produce` derives the new text from what is
 *    there now, so an edit made since the caller read the note is re-applied, not lost;
 * 2. write a temp file `.<name>.bokseup-<pid>-<rand>.tmp` in the same folder, fsync, give it the
 *    original's mode;
 * 3. right before the rename, read the file again: if it changed, start over on the new content
 *    (up to `retries` times); else rename over it and fsync the folder.
 *
 * The temp file is always removed on failure. The window between the last check and the rename is a
 * few system calls; POSIX offers no cheaper way to close it without the editor's cooperation.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls the writer uses; tests inject a wrapped or failing one. */
export type AtomicFs = Pick<typeof nodeFs, 'readFile' | 'stat' | 'open' | 'rename' | 'unlink' | 'realpath'>;

export interface AtomicWriteOptions {
  /** How many times to start over when the file changes under us (default 5). */
  retries?: number;
  fs?: AtomicFs;
  /** Called after the temp file is written and before the last check; tests use it to edit the note. */
  beforeRename?: (absPath: string, attempt: number) => void | Promise<void>;
}

export interface AtomicWriteResult {
  written: boolean;
  /** How many times `produce` was re-run because the file differed from what was expected. */
  retried: number;
  /** Why nothing was written: `unchanged`, `missing`, `not-utf8` or `busy` (kept changing). */
  reason?: 'unchanged' | 'missing' | 'not-utf8' | 'busy';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Replace the note at `absPath` with `produce(current)`, where `current` is its text at write time.
 * `expectedOriginal` is what the caller read; when the file differs, `produce` runs on the new text.
 * `produce` returning null (or the same text) writes nothing.
 */
export async function writeNoteAtomic(
  absPath: string,
  expectedOriginal: Buffer | string,
  produce: (current: string) => string | null,
  opts: AtomicWriteOptions = {},
): Promise<AtomicWriteResult> {
  const fs = opts.fs ?? nodeFs;
  const retries = opts.retries ?? 5;
  let expected: Buffer = Buffer.from(expectedOriginal);
  let retried = 0;
  for (let attempt = 0; attempt <= retries; attempt++) {
    const target = await resolveTarget(fs, absPath);
    const current = target === null ? null : await readOrNull(fs, target);
    if (target === null || current === null) return { written: false, retried, reason: 'missing' };
    if (!current.equals(expected)) retried++;
    const outcome = await attemptWrite(fs, target, current, produce, async () => {
      await opts.beforeRename?.(absPath, attempt);
    });
    if (outcome.kind === 'done') return { written: outcome.written, retried, ...reasonOf(outcome) };
    expected = outcome.seen;
  }
  return { written: false, retried, reason: 'busy' };
}

type Outcome =
  | { kind: 'done'; written: boolean; reason?: 'unchanged' | 'missing' | 'not-utf8' }
  | { kind: 'changed'; seen: Buffer };

function reasonOf(outcome: Outcome & { kind: 'done' }): Pick<AtomicWriteResult, 'reason'> {
  return outcome.reason === undefined ? {} : { reason: outcome.reason };
}

/** One read-produce-write-check-rename round on the real file `target`. */
async function attemptWrite(
  fs: AtomicFs,
  target: string,
  current: Buffer,
  produce: (current: string) => string | null,
  beforeRename: () => Promise<void>,
): Promise<Outcome> {
  const text = decode(current);
  if (text === null) return { kind: 'done', written: false, reason: 'not-utf8' };
  const next = produce(text);
  if (next === null || next === text) return { kind: 'done', written: false, reason: 'unchanged' };
  const temp = tempPathFor(target);
  let renamed = false;
  try {
    await writeDurably(fs, temp, Buffer.from(next, 'utf8'), await fs.stat(target));
    await beforeRename();
    const now = await readOrNull(fs, target);
    if (now === null) return { kind: 'done', written: false, reason: 'missing' };
    if (!now.equals(current)) return { kind: 'changed', seen: current };
    await fs.rename(temp, target);
    renamed = true;
    await syncFolder(fs, dirname(target));
    return { kind: 'done', written: true };
  } finally {
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
  }
}

/** `.<name>.bokseup-<pid>-<rand>.tmp` next to the note, so the rename stays on one file system. */
function tempPathFor(target: string): string {
  const rand = randomBytes(4).toString('hex');
  return join(dirname(target), `.${basename(target)}.bokseup-${process.pid}-${rand}.tmp`);
}

interface Owner {
  mode: number;
  uid: number;
  gid: number;
}

/** Create `path` exclusively with the original's mode (and owner, where allowed), write, fsync, close. */
async function writeDurably(fs: AtomicFs, path: string, data: Buffer, original: Owner): Promise<void> {
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

/** fsync the folder so the rename itself survives a crash; not every platform allows it. */
async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
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

/** The real file behind `absPath` (a symlinked note is written through, not replaced), or null. */
async function resolveTarget(fs: AtomicFs, absPath: string): Promise<string | null> {
  return fs.realpath(absPath).catch((e: unknown) => (isNotFound(e) ? null : Promise.reject(e)));
}

async function readOrNull(fs: AtomicFs, path: string): Promise<Buffer | null> {
  return fs.readFile(path).catch((e: unknown) => (isNotFound(e) ? null : Promise.reject(e)));
}

function isNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ENOENT';
}

function decode(bytes: Buffer): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
