/**
 * Checks on a database path before SQLite sees it, so that nothing is created, switched or
 * waited on for a file that cannot be ours: a folder, a device or pipe (opening a FIFO would block
 * forever), a path under the kernel's /proc, /sys or /dev (a file there never holds data, and
 * reading one can spin), or a file that does not start with SQLite's header (a text file, garbage).
 * An empty file is a new database.
 */
import { closeSync, mkdirSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isKernelPath } from '../text/kernel-path.js';
import { DatabaseFileError } from './errors.js';

/** Every SQLite 3 database file begins with these 16 bytes. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Refuse `file` when it cannot be a bokseup database; create its parent folder when missing. */
export function prepareDatabaseFile(file: string): void {
  const where = realLocation(file);
  if (isKernelPath(where))
    throw new DatabaseFileError(file, `${where} is on a kernel file system, not a place for a database`);
  const stat = statOrNull(file);
  if (stat === null) {
    makeParent(file);
    return;
  }
  if (stat.isDirectory()) throw new DatabaseFileError(file, 'this is a folder, not a database file');
  if (!stat.isFile()) throw new DatabaseFileError(file, 'this is not a regular file (a device or a pipe?)');
  if (stat.size > 0 && !startsWithHeader(file))
    throw new DatabaseFileError(file, 'this is not a SQLite database (a text file, or damaged)');
}

/** The real path of `file`, or of its nearest existing ancestor joined with the rest. */
function realLocation(file: string): string {
  let dir = resolve(file);
  let rest = '';
  for (;;) {
    try {
      return resolve(realpathSync(dir), rest);
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return resolve(file);
      rest = rest === '' ? dir.slice(parent.length + 1) : `${dir.slice(parent.length + 1)}/${rest}`;
      dir = parent;
    }
  }
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DatabaseFileError(file, `cannot be read: ${(error as Error).message}`);
  }
}

function makeParent(file: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new DatabaseFileError(file, `its folder cannot be created (${code || (error as Error).message})`);
  }
}

function startsWithHeader(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new DatabaseFileError(file, `cannot be read (${code || (error as Error).message})`);
  }
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}
