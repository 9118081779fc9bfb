/**
 * The last line of defence between an error and the user: an error that is not a `UserError` still
 * becomes one line on stderr and an exit code (DESIGN §4), never a stack trace. A file-system
 * error names its path and what is wrong with it (a read-only file system, a permission) and is an
 * environment error; SQLite's errors too. Anything else is a bug: one line that says so, and the
 * trace only when `BOKSEUP_DEBUG` is set.
 */
import { ExitCode, type ExitCodeValue } from './exit-codes.js';
import { sqliteReason } from '../store/database-error.js';

/** What the file-system error codes a user can meet mean, in words. */
const FS_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  EBUSY: 'busy',
};

/** One user-facing line for `error`, and its exit code. */
export interface UnexpectedReport {
  line: string;
  code: ExitCodeValue;
}

interface SystemError {
  code?: unknown;
  path?: unknown;
  syscall?: unknown;
  message?: unknown;
}

/** The report of an error no command turned into a `UserError`. */
export function describeUnexpected(error: unknown): UnexpectedReport {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SystemError;
  const code = typeof e.code === 'string' ? e.code : '';
  const reason = FS_REASONS[code];
  if (reason !== undefined) {
    const where = typeof e.path === 'string' ? `${e.path}: ` : '';
    const what = typeof e.syscall === 'string' ? ` (${e.syscall})` : '';
    return { line: `${where}${reason}${what}`, code: ExitCode.environment };
  }
  const message = typeof e.message === 'string' ? e.message : String(error);
  const sqlite = code.startsWith('SQLITE_') ? sqliteReason(code) : undefined;
  if (sqlite !== undefined)
    return { line: `${sqlite} (${code}: ${firstLine(message)})`, code: ExitCode.environment };
  if (code.startsWith('SQLITE_')) {
    return { line: `the database failed: ${firstLine(message)} (${code})`, code: ExitCode.environment };
  }
  return {
    line: `internal error: ${firstLine(message)} (set BOKSEUP_DEBUG=1 for the trace, and please report it)`,
    code: ExitCode.findings,
  };
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
