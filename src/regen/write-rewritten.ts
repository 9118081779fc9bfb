/**
 * Write a note's recomputed frontmatter with the compare-and-swap writer: `rewriteNote` runs again
 * on whatever the file holds at write time, so an edit the user saved meanwhile is kept.
 */
import type { AtomicWriteOptions, AtomicWriteResult } from '../vault/atomic-write.js';
import { writeNoteAtomic } from '../vault/atomic-write.js';
import { formatDiagnostic } from '../note/diagnostic.js';
import type { Clock } from '../time/clock.js';
import { rewriteNote, type FieldUpdate } from './rewrite-note.js';

/** How commands write notes: the vault (links out of it are refused), `--follow-links`, the settle time. */
export type WritePolicy = Pick<AtomicWriteOptions, 'vault' | 'followLinks' | 'settleMs'>;

/**
 * Rewrite the note at `abs` (vault path `rel`), read by the caller as `read`, on `clock` after
 * `update`. A note that no longer parses at write time is left as it is, and said so (`error`).
 */
export async function writeRewritten(
  abs: string,
  rel: string,
  read: Buffer,
  clock: Clock,
  update?: FieldUpdate,
  opts: { addMissing?: boolean; write?: WritePolicy } = {},
): Promise<AtomicWriteResult> {
  let broken: string | null = null;
  const result = await writeNoteAtomic(
    abs,
    read,
    (current) => {
      const next = rewriteNote(rel, current, clock, update, opts);
      broken = next.ok ? null : next.diagnostics.map(formatDiagnostic).join('; ');
      return next.ok ? next.text : null;
    },
    opts.write ?? {},
  );
  if (broken !== null && result.reason === 'unchanged')
    return {
      written: false,
      retried: result.retried,
      reason: 'error',
      message: `it no longer parses: ${broken}`,
    };
  return result;
}
