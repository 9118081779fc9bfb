/**
 * The vault walk of `walk.ts`, run by GNU find in a child process, so that it proceeds on another
 * core while this one loads the command's code and opens the database. On 10 000 notes find
 * stats them in ~60 ms of its own; the same walk in Node costs ~120 ms of the main thread.
 *
 * The raw listing also gives a key (its digest): ingest stores it beside the vault digest, and when
 * the next listing has the same key, nothing changed and the listing is neither parsed nor sorted.
 *
 * The entries are used only where they are certainly the ones `walkVault` gives: a tree with no
 * symbolic links outside skipped folders (links have their own visiting order there), read without
 * any error, by a find that understands -printf, with every name in UTF-8. Otherwise (no find, BSD
 * find, a link, an unreadable folder, a file vanishing mid-walk, a name in another encoding) there
 * are none and the caller walks in Node.
 */
import { isUtf8 } from 'node:buffer';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sha256Hex } from '../text/sha256.js';
import { byPath, isNoteName, type VaultEntry } from './walk.js';

/** What find listed. */
export interface FoundWalk {
  /**
   * Digest of the root and the raw listing: the same key means the same files with the same sizes
   * and modification times (met in the same order).
   */
  key: string;
  /** The entries in `walkVault`'s order, or null when `walkVault` must walk (a link). */
  entries(): VaultEntry[] | null;
}

/** A walk started in the background; what it found can be taken once. */
export interface PendingWalk {
  /** The listing, or null when the caller must walk itself (also on every call after the first). */
  take(): Promise<FoundWalk | null> | null;
  /** find has not ended yet. */
  running(): boolean;
  /** Stop the walk if it still runs (the command ended without taking it). */
  cancel(): void;
}

/**
 * find's expression: skip dot-entries and node_modules below the root (as `walkVault` does), report
 * every symbolic link (`l`), and every regular `*.md` file with its size and modification time.
 * Fields end in NUL, which no path contains.
 */
const FIND_EXPRESSION = [
  '-mindepth',
  '1',
  '(',
  '-name',
  '.*',
  '-o',
  '-name',
  'node_modules',
  ')',
  '-prune',
  '-o',
  '-type',
  'l',
  '-printf',
  'l\\0%P\\0',
  '-o',
  '-type',
  'f',
  '-iname',
  '*.md',
  '-printf',
  'f\\0%s\\0%T@\\0%P\\0',
];

/**
 * Start `find` on `root` (`command` is the program to run: tests name a missing one). Its listing
 * goes to a temporary file, removed at once (only the open descriptors keep it), rather than to a
 * pipe: a pipe holds 64 KiB, 10 000 notes list in ~500 KB, and find would wait for this thread to
 * empty the pipe while the thread is busy reading the database.
 */
export function startFindWalk(root: string, command = 'find'): PendingWalk {
  const abs = resolve(root);
  let done = false;
  let child: ReturnType<typeof spawn> | undefined;
  const result = new Promise<FoundWalk | null>((settle) => {
    const end = (found: FoundWalk | null): void => {
      done = true;
      settle(found);
    };
    const fd = openUnlinked();
    if (fd === null) return end(null);
    let open = true;
    const close = (): void => {
      if (open) closeSync(fd);
      open = false;
    };
    try {
      // -H: follow the root itself when it is a link. LC_ALL=C: match names byte by byte (a UTF-8
      // locale would not match `*.md` against a name that is not valid UTF-8).
      child = spawn(command, ['-H', abs, ...FIND_EXPRESSION], {
        stdio: ['ignore', fd, 'ignore'],
        env: { ...process.env, LC_ALL: 'C' },
      });
    } catch {
      close();
      return end(null);
    }
    child.once('error', () => (close(), end(null))); // no such program
    child.once('exit', (code) => {
      let found: FoundWalk | null = null;
      try {
        if (code === 0 && open) found = foundWalk(abs, readAll(fd));
      } catch {
        found = null; // the listing could not be read back: walk in Node
      } finally {
        close();
      }
      end(found);
    });
  });
  let taken = false;
  return {
    take() {
      if (taken) return null;
      taken = true;
      return result;
    },
    running: () => !done,
    cancel() {
      if (!done) child?.kill();
    },
  };
}

/** A new temporary file, open for reading and writing, whose name is already removed; null if none can be made. */
function openUnlinked(): number | null {
  const file = join(tmpdir(), `bokseup-walk-${process.pid}-${randomBytes(6).toString('hex')}`);
  let fd: number;
  try {
    fd = openSync(file, 'wx+', 0o600);
  } catch {
    return null; // no writable temporary folder
  }
  try {
    unlinkSync(file);
    return fd;
  } catch {
    closeSync(fd);
    return null;
  }
}

/** The whole content of an open file. */
function readAll(fd: number): Buffer {
  const data = Buffer.allocUnsafe(fstatSync(fd).size);
  let at = 0;
  while (at < data.length) {
    const n = readSync(fd, data, at, data.length - at, at);
    if (n === 0) break;
    at += n;
  }
  return data.subarray(0, at);
}

/** A listing's key changes with the expression (a different listing of the same files). */
const KEY_PREFIX = `find-walk 1 ${FIND_EXPRESSION.join(' ')}\0`;

function foundWalk(root: string, output: Buffer): FoundWalk {
  let entries: VaultEntry[] | null | undefined;
  return {
    key: sha256Hex(Buffer.concat([Buffer.from(`${KEY_PREFIX}${root}\0`), output])),
    // A name that is not UTF-8 reaches Node as a different string, which Node's own walk cannot stat.
    entries: () => (entries ??= isUtf8(output) ? parseFindOutput(root, output.toString('utf8')) : null),
  };
}

/** find's output for `root` (absolute) as `walkVault` entries, or null if it must walk itself. */
export function parseFindOutput(root: string, text: string): VaultEntry[] | null {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const fields = text.split('\0');
  const entries: VaultEntry[] = [];
  // The text ends with a NUL, so the last field is empty.
  let i = 0;
  while (i < fields.length - 1) {
    if (fields[i] !== 'f' || i + 4 >= fields.length) return null; // a link, or an unknown line
    const size = /^\d+$/.test(fields[i + 1]!) ? Number(fields[i + 1]) : NaN;
    const mtimeMs = millisOf(fields[i + 2]!);
    const path = fields[i + 3]!;
    if (!Number.isSafeInteger(size) || mtimeMs === null || path === '') return null;
    if (!isNoteName(path.slice(path.lastIndexOf('/') + 1))) return null; // -iname took what walkVault would not
    entries.push({ path, abs: prefix + path, size, mtimeMs });
    i += 4;
  }
  return i === fields.length - 1 && fields[i] === '' ? entries.sort(byPath) : null;
}

/**
 * `%T@` (seconds, a point, nanoseconds padded to ten digits) as Node's `mtimeMs`, computed the way
 * Node computes it from the same two integers (sec × 1e3 + nsec / 1e6), so both walks agree to the
 * last bit and so does the vault digest.
 */
function millisOf(text: string): number | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (m === null) return null;
  const sec = Number(m[1]);
  const nsec = Number((m[2] ?? '').padEnd(9, '0').slice(0, 9));
  return sec * 1e3 + nsec / 1e6;
}
