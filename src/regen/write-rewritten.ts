/**
 * Write a note's recomputed frontmatter with the compare-and-swap writer: `rewriteNote` runs again
 * on whatever the file holds at write time, so an edit the user saved meanwhile is kept.
 */
import type { AtomicWriteResult } from '../vault/atomic-write.js';
import { writeNoteAtomic } from '../vault/atomic-write.js';
import type { Clock } from '../time/clock.js';
import { rewriteNote, type FieldUpdate } from './rewrite-note.js';

/**
 * Rewrite the note at `abs` (vault path `rel`), read by the caller as `read`, on `clock` after
 * `update`. A note that no longer parses at write time is left as it is.
 */
export function writeRewritten(
  abs: string,
  rel: string,
  read: Buffer,
  clock: Clock,
  update?: FieldUpdate,
  opts: { addMissing?: boolean } = {},
): Promise<AtomicWriteResult> {
  return writeNoteAtomic(abs, read, (current) => {
    const next = rewriteNote(rel, current, clock, update, opts);
    return next.ok ? next.text : null;
  });
}
