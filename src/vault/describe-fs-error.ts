/**
 * One readable clause for a file-system error met while writing a note: what the user can do
 * something about (the folder is read-only, the disk is full), then the system's code, never the
 * temp file's path (the caller prefixes the note's own path).
 */
import { errorCode } from './durable-file.js';

const CLAUSES: Record<string, string> = {
  EACCES: 'permission denied: bokseup may not write the note or create a file in its folder',
  EPERM: 'the operation is not permitted on the note or its folder',
  EROFS: 'the note is on a read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  ENAMETOOLONG: 'the file name is too long for the file system',
  EISDIR: 'it is a folder, not a note',
  EIO: 'the device reported an input/output error',
  EBUSY: 'the file is busy (locked by another program)',
  ETXTBSY: 'the file is busy (locked by another program)',
  EXDEV: 'the note and its temp file are on different file systems',
};

/** `permission denied: … (EACCES)`, or the error's own message for an unknown one. */
export function describeFsError(e: unknown): string {
  const code = errorCode(e);
  const clause = code === undefined ? undefined : CLAUSES[code];
  if (clause !== undefined) return `${clause} (${code})`;
  return e instanceof Error ? e.message : String(e);
}
