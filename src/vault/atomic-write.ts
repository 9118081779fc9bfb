/**
 * Atomic compare-and-swap write of a note (DESIGN §5, README "What bokseup guarantees"). The user
 * edits notes in Obsidian while we write derived fields, so a write never replaces bytes we have
 * not seen:
 *
 * 1. open the note (a symlink is followed only inside the vault, or with `--follow-links`), stat it
 *    through the descriptor, read it, stat again: a file whose size, mtime or ctime moved during the
 *    read, or whose mtime is younger than the settle time (an editor may be half-way through a
 *    save), is not written (`busy`);
 * 2. `produce` derives the new text from what was read, so an edit saved since the caller's own
 *    read is re-applied, not lost;
 * 3. swap-in.ts puts it in place and, through the descriptor held since the read, proves the
 *    replaced file is what was read, or puts the user's version back and starts over.
 *
 * A note without an owner write bit (`chmod 444`) is left alone (`read-only`). Every file-system
 * error is returned as `error` with its message, never thrown: one note's failure never stops a run.
 */
import * as nodeFs from 'node:fs/promises';
import { errorCode, type AtomicFs } from './durable-file.js';
import { sameVersion, swapIn, type HeldNote } from './swap-in.js';
import { describeFsError } from './describe-fs-error.js';
import { insideVault } from './inside-vault.js';
import { settleTime, settlingAge } from './settling.js';

export type { AtomicFs } from './durable-file.js';

export interface AtomicWriteOptions {
  /** How many times to start over when the file changes under us (default 5). */
  retries?: number;
  fs?: AtomicFs;
  /** Called after the temp file is written and before the swap; tests use it to edit the note. */
  beforeRename?: (absPath: string, attempt: number) => void | Promise<void>;
  /** Minimum age of the note's mtime (default `BOKSEUP_SETTLE_MS` or 2 000 ms). */
  settleMs?: number;
  /** The vault folder: a symlinked note whose target is outside it is not written... */
  vault?: string;
  /** ...unless this is set (`--follow-links`). */
  followLinks?: boolean;
}

export type NotWritten =
  'unchanged' | 'missing' | 'not-utf8' | 'busy' | 'read-only' | 'outside-vault' | 'error';

export interface AtomicWriteResult {
  written: boolean;
  /** How many times `produce` was re-run because the file differed from what was expected. */
  retried: number;
  /** Why nothing was written. */
  reason?: NotWritten;
  /** For `error`: what went wrong and the system's code (`… (EACCES)`); for `busy`: why. */
  message?: string;
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
  const expected = Buffer.from(expectedOriginal);
  const state = { retried: 0 };
  try {
    return await writeLoop(absPath, expected, produce, opts, state);
  } catch (e) {
    return { written: false, retried: state.retried, reason: 'error', message: describeFsError(e) };
  }
}

async function writeLoop(
  absPath: string,
  expected: Buffer,
  produce: (current: string) => string | null,
  opts: AtomicWriteOptions,
  state: { retried: number },
): Promise<AtomicWriteResult> {
  const fs = opts.fs ?? nodeFs;
  const retries = opts.retries ?? 5;
  for (let attempt = 0; attempt <= retries; attempt++) {
    const target = await resolveTarget(fs, absPath);
    if (target === null) return { written: false, retried: state.retried, reason: 'missing' };
    if (opts.vault !== undefined && !opts.followLinks && !(await insideVault(fs, opts.vault, target)))
      return { written: false, retried: state.retried, reason: 'outside-vault' };
    const outcome = await attemptOnce(fs, target, expected, produce, opts, attempt);
    if (outcome.retried) state.retried++;
    if (outcome.kind === 'done') return { written: outcome.written, retried: state.retried, ...why(outcome) };
    expected = outcome.seen;
  }
  return {
    written: false,
    retried: state.retried,
    reason: 'busy',
    message: 'it kept changing while it was written',
  };
}

type Outcome =
  | { kind: 'done'; written: boolean; reason?: NotWritten; message?: string; retried: boolean }
  | { kind: 'again'; seen: Buffer; retried: boolean };

function why(outcome: Outcome & { kind: 'done' }): Pick<AtomicWriteResult, 'reason' | 'message'> {
  return {
    ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
    ...(outcome.message === undefined ? {} : { message: outcome.message }),
  };
}

/** One open-read-produce-swap round on the real file `target`, with its descriptor held throughout. */
async function attemptOnce(
  fs: AtomicFs,
  target: string,
  expected: Buffer,
  produce: (current: string) => string | null,
  opts: AtomicWriteOptions,
  attempt: number,
): Promise<Outcome> {
  const fd = await fs
    .open(target, 'r')
    .catch((e: unknown) => (errorCode(e) === 'ENOENT' ? null : Promise.reject(e)));
  if (fd === null) return { kind: 'done', written: false, reason: 'missing', retried: false };
  try {
    const held = await readHeld(fd, target);
    const retried = !held.bytes.equals(expected);
    const done = (reason: NotWritten, message?: string): Outcome => ({
      kind: 'done',
      written: false,
      reason,
      retried,
      ...(message === undefined ? {} : { message }),
    });
    const refusal = await refusalOf(held, opts.settleMs ?? settleTime());
    if (refusal !== null) return done(refusal.reason, refusal.message);
    const text = decode(held.bytes);
    if (text === null) return done('not-utf8');
    const next = produce(text);
    if (next === null || next === text) return done('unchanged');
    const swapped = await swapIn(fs, held, Buffer.from(next, 'utf8'), async () => {
      await opts.beforeRename?.(target, attempt);
    });
    if (swapped === 'written') return { kind: 'done', written: true, retried };
    return swapped === 'missing' ? done('missing') : { kind: 'again', seen: held.bytes, retried };
  } finally {
    await fd.close();
  }
}

/** Why the note as read must not be written now: it moved while read, is read-only, or settling. */
async function refusalOf(
  held: HeldNote,
  settle: number,
): Promise<{ reason: NotWritten; message: string } | null> {
  if (!sameVersion(held.before, await held.fd.stat()))
    return { reason: 'busy', message: 'it changed while it was read' };
  if ((held.before.mode & 0o200) === 0)
    return { reason: 'read-only', message: 'the file is read-only (no write permission bit)' };
  const age = settlingAge(held.before.mtimeMs, settle);
  if (age !== null)
    return { reason: 'busy', message: `it was modified ${age} ms ago (settle time ${settle} ms)` };
  return null;
}

/** Stat, then read the whole file through `fd` (from offset 0, whatever the position). */
async function readHeld(fd: nodeFs.FileHandle, target: string): Promise<HeldNote> {
  const before = await fd.stat();
  const chunks: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const buf = Buffer.alloc(Math.max(65536, before.size + 1 - offset));
    const { bytesRead } = await fd.read(buf, 0, buf.length, offset);
    if (bytesRead === 0) break;
    chunks.push(buf.subarray(0, bytesRead));
    offset += bytesRead;
  }
  return { target, fd, before, bytes: Buffer.concat(chunks) };
}

/** The real file behind `absPath` (a symlinked note is written through, not replaced), or null. */
async function resolveTarget(fs: AtomicFs, absPath: string): Promise<string | null> {
  return fs.realpath(absPath).catch((e: unknown) => (errorCode(e) === 'ENOENT' ? null : Promise.reject(e)));
}

function decode(bytes: Buffer): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
