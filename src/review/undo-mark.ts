/**
 * `mark --undo`'s job: take back the note's last `mark`, when it is the latest entry of the note's
 * log (a review after it was built on it: undoing the mark under it would rewrite history). The
 * mark's entry leaves the log in the same transaction as a pending write that clears its flag
 * (migration 011); then the note is written and the pending row cleared. A crash in between is
 * completed by the next command.
 */
import path from 'node:path';
import type { Milestone, Stage } from '../note/types.js';
import { formatDiagnostic } from '../note/diagnostic.js';
import { notWrittenReason } from '../regen/not-written.js';
import { rewriteNote, type Rewrite } from '../regen/rewrite-note.js';
import { writeRewritten } from '../regen/write-rewritten.js';
import type { LatestEntry } from '../store/mark-queries.js';
import type { NoteChange } from '../store/pending-writes.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../time/clock.js';
import { UserError } from '../text/user-error.js';
import { readNoteFile } from '../vault/read-file.js';
import { updateOf } from './note-change.js';
import { writeBlocker } from './write-blocker.js';

/** The mark taken back. */
export interface UndoneMark {
  stage: Stage;
  at: Date;
}

/** What taking back `last` changes in the note: its milestones not done (long-term off). */
function undoChange(last: LatestEntry): NoteChange {
  const milestones =
    last.milestones.length > 0 || last.stage === 'long-term' ? last.milestones : [last.stage as Milestone];
  return { done: [], clear: [...milestones], ...(last.stage === 'long-term' ? { longTerm: false } : {}) };
}

/** The note must parse and be writable, or the mark is kept (a `findings` error). */
function checkUndoable(rel: string, abs: string, vault: string, plan: Rewrite | null): void {
  let why: string | null = null;
  if (plan === null) why = `${rel}: the note cannot be read`;
  else if (!plan.ok) why = plan.diagnostics.map(formatDiagnostic).join('\n');
  else {
    const blocked = writeBlocker(abs, { vault });
    if (blocked !== null) why = `${rel}: ${blocked}`;
  }
  if (why !== null) throw new UserError(`${why}\nthe mark is kept`, 'findings');
}

/** Undo the last mark of the note at vault path `rel`; a `findings` error when there is none to undo. */
export async function undoMark(store: Store, vault: string, rel: string, clock: Clock): Promise<UndoneMark> {
  const row = store.notes.byPath(rel);
  const last = row === null ? null : store.marks.latestOf(row.id);
  if (row === null || last === null || last.cardId !== null) {
    const why =
      last === null
        ? 'has no mark to undo'
        : 'was reviewed after its last mark (only the latest entry can be undone)';
    throw new UserError(`${rel} ${row === null ? 'is not a study note bokseup knows' : why}`, 'findings');
  }
  const change = undoChange(last);
  const abs = path.join(vault, rel);
  const file = readNoteFile(abs);
  checkUndoable(
    rel,
    abs,
    vault,
    file.text === null ? null : rewriteNote(rel, file.text, clock, updateOf(change)),
  );
  const pendingId = store.transaction(() => {
    store.marks.removeMark(last);
    return store.pending.add(0, clock.now, { noteId: row.id, path: rel, change });
  });
  const written = await writeRewritten(abs, rel, file.bytes, clock, updateOf(change), { write: { vault } });
  const problem = notWrittenReason(written);
  if (problem !== null)
    throw new UserError(
      `${rel}: ${problem}; the mark is taken back and the note is written on a later run`,
      'findings',
    );
  store.pending.done(pendingId);
  return { stage: last.stage, at: last.at };
}
