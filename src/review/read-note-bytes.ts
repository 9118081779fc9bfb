/**
 * The bytes of a note before a write, or null when it is gone; the writer reads it again anyway,
 * so any other error (unreadable) is left for it to report as the note's one line.
 */
import { readFileSync } from 'node:fs';

/** `abs`'s bytes; null when it does not exist; an empty buffer when it cannot be read. */
export function readNoteBytes(abs: string): Buffer | null {
  try {
    return readFileSync(abs);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : Buffer.alloc(0);
  }
}
