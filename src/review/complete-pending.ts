/**
 * Finish the note writes an earlier run owes the vault (migration 011): a review or `mark` that was
 * killed, or whose note could not be written, between its commit and the note write. Run by every
 * command that opens the vault, before it ingests, so the index sees the notes as written.
 */
import path from 'node:path';
import { notWrittenReason } from '../regen/not-written.js';
import { writeRewritten, type WritePolicy } from '../regen/write-rewritten.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../time/clock.js';
import { readNoteBytes } from './read-note-bytes.js';
import { updateOf } from './note-change.js';

/** Write every pending change; returns one line per note that is still owed (or gone). */
export async function completePendingWrites(
  store: Store,
  vault: string,
  clock: Clock,
  policy: WritePolicy = {},
): Promise<string[]> {
  const lines: string[] = [];
  for (const p of store.pending.list()) {
    const abs = path.join(vault, p.path);
    const bytes = readNoteBytes(abs);
    if (bytes === null) {
      store.pending.done(p.id);
      lines.push(`${p.path}: the review of ${p.createdAt.toISOString()} is logged, but the note is gone`);
      continue;
    }
    const result = await writeRewritten(abs, p.path, bytes, clock, updateOf(p.change), { write: policy });
    const why = notWrittenReason(result);
    if (why === null) store.pending.done(p.id);
    else lines.push(`${p.path}: a review's flags are still to be written (${why})`);
  }
  return lines;
}
