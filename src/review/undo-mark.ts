/**
 * `mark --undo`'s job: take back the note's last `mark`, when it is the latest entry of the note's
 * log (a review after it was built on it: undoing the mark under it would rewrite history). The
 * flag the mark set is cleared in the note first, with the compare-and-swap writer; then the mark's
 * entry leaves the log. A crash between the two leaves the mark logged: running it again finishes.
 */
import path from 'node:path';
import type { Milestone, NoteFields, Stage } from '../note/types.js';
import { formatDiagnostic } from '../note/diagnostic.js';
import { rewriteNote, type FieldUpdate } from '../regen/rewrite-note.js';
import { writeRewritten } from '../regen/write-rewritten.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../time/clock.js';
import { UserError } from '../text/user-error.js';
import { readNoteFile } from '../vault/read-file.js';

/** The mark taken back. */
export interface UndoneMark {
  stage: Stage;
  at: Date;
}

function clearFlags(stage: Stage, milestones: readonly Milestone[]): FieldUpdate {
  return (fields: NoteFields) => {
    const done = { ...fields.done };
    for (const m of milestones) done[m] = false;
    return stage === 'long-term' ? { ...fields, done, longTerm: false } : { ...fields, done };
  };
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
  const milestones =
    last.milestones.length > 0 || last.stage === 'long-term' ? last.milestones : [last.stage as Milestone];
  const abs = path.join(vault, rel);
  const file = readNoteFile(abs);
  const update = clearFlags(last.stage, milestones);
  const plan = file.text === null ? null : rewriteNote(rel, file.text, clock, update);
  if (plan === null || !plan.ok) {
    const why =
      plan === null ? `${rel}: the note cannot be read` : plan.diagnostics.map(formatDiagnostic).join('\n');
    throw new UserError(`${why}\nthe mark is kept`, 'findings');
  }
  const written = await writeRewritten(abs, rel, file.bytes, clock, update);
  if (!written.written && written.reason !== 'unchanged')
    throw new UserError(`${rel}: not written (${written.reason ?? 'busy'}); the mark is kept`, 'findings');
  store.marks.removeMark(last);
  return { stage: last.stage, at: last.at };
}
