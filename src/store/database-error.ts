/**
 * SQLite's own errors, as a user reads them: a busy database says who holds it, a file SQLite
 * cannot use says why. Every other error passes through unchanged.
 */
import { DatabaseBusyError, DatabaseFileError } from './errors.js';
import { lockHolder } from './lock-holder.js';

/** How long a command waits for another process's lock before giving up. */
export const BUSY_TIMEOUT_MS = 2000;

/** What SQLite's result codes mean for the file, in words. */
const REASONS: Readonly<Record<string, string>> = {
  SQLITE_NOTADB: 'this is not a SQLite database',
  SQLITE_CORRUPT:
    'the database is damaged: move it away and run `bokseup ingest` to build the index again from the notes (`sqlite3 <file> .recover` may save its review history)',
  SQLITE_CANTOPEN: 'the database cannot be opened here (a missing, unreadable or read-only folder?)',
  SQLITE_READONLY: 'the database cannot be written (a read-only file or folder)',
  SQLITE_PERM: 'permission denied',
  SQLITE_FULL: 'the disk is full',
  SQLITE_IOERR: 'the file system failed to read or write it',
};

/** What a SQLite result code (`SQLITE_CORRUPT_INDEX` …) means for the file, in words; undefined for most. */
export function sqliteReason(code: string): string | undefined {
  return REASONS[code] ?? REASONS[code.split('_').slice(0, 2).join('_')];
}

/** `error` as a `UserError` about `file` when it is one of SQLite's, else `error` itself. */
export function asDatabaseError(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new DatabaseBusyError(file, lockHolder(file), BUSY_TIMEOUT_MS);
  const reason = sqliteReason(code);
  return reason === undefined ? error : new DatabaseFileError(file, `${reason} (${code})`);
}
