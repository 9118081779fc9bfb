/**
 * The one line a command prints for a note it could not write (issue 11): the note's path and why,
 * and what happens next. The other notes go on.
 */
import type { AtomicWriteResult } from '../vault/atomic-write.js';

/** Why a write result is a problem, or null when the note was written or had nothing to change. */
export function notWrittenReason(result: AtomicWriteResult): string | null {
  if (result.written || result.reason === undefined || result.reason === 'unchanged') return null;
  const detail = result.message === undefined ? '' : `: ${result.message}`;
  switch (result.reason) {
    case 'read-only':
      return 'the note is read-only (no write permission), left alone';
    case 'outside-vault':
      return `not written${detail || ': it links to a file outside the vault (use --follow-links)'}`;
    case 'busy':
      return `busy, not written${detail}; it is tried again on the next run`;
    case 'missing':
      return 'the note is gone';
    case 'not-utf8':
      return 'not written: the note is not UTF-8';
    case 'error':
      return `not written${detail}`;
  }
}

/** `path: why` for a write result that is a problem, or null. */
export function notWrittenLine(rel: string, result: AtomicWriteResult): string | null {
  const why = notWrittenReason(result);
  return why === null ? null : `${rel}: ${why}`;
}
