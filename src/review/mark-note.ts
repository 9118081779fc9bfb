/**
 * `mark`'s job: record a milestone review done outside the TUI (on paper, in Anki…): log it as a
 * review, set the flag in the note and regenerate its derived fields.
 */
import path from 'node:path';
import { formatDiagnostic } from '../note/diagnostic.js';
import type { Milestone, NoteFields, Stage } from '../note/types.js';
import { rewriteNote, type FieldUpdate } from '../regen/rewrite-note.js';
import { writeRewritten } from '../regen/write-rewritten.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../time/clock.js';
import { UserError } from '../text/user-error.js';
import { readNoteFile } from '../vault/read-file.js';

export type MarkOutcome = 'already-done' | 'marked' | 'marked-up-to-date';

function markUpdate(stage: Stage): FieldUpdate {
  return (fields: NoteFields) =>
    stage === 'long-term'
      ? { ...fields, longTerm: true }
      : { ...fields, done: { ...fields.done, [stage]: true } };
}

function alreadyDone(fields: NoteFields, stage: Stage): boolean {
  return stage === 'long-term' ? fields.longTerm : fields.done[stage as Milestone];
}

/** Mark `stage` done in the note at vault path `rel`; a `findings` error when the note cannot be used. */
export async function markNote(
  store: Store,
  vault: string,
  rel: string,
  stage: Stage,
  clock: Clock,
): Promise<MarkOutcome> {
  const row = store.notes.byPath(rel);
  const abs = path.join(vault, rel);
  const file = readNoteFile(abs);
  const update = markUpdate(stage);
  const plan = file.text === null ? null : rewriteNote(rel, file.text, clock, update);
  if (row === null || file.text === null || plan === null || !plan.ok) {
    const why =
      plan && !plan.ok
        ? plan.diagnostics.map(formatDiagnostic).join('\n')
        : `${rel}: the note cannot be read`;
    throw new UserError(`${why}\nnothing was marked`, 'findings');
  }
  if (row.fields && alreadyDone(row.fields, stage)) return 'already-done';
  const milestones = stage === 'long-term' ? [] : [stage as Milestone];
  const at = clock.now;
  store.sessions.commitSession(
    { startedAt: at, endedAt: at, quitEarly: false },
    [{ cardId: null, noteId: row.id, at, grade: 3, durationMs: null, stage, milestones }],
    [],
  );
  const result = await writeRewritten(abs, rel, file.bytes, clock, update);
  return result.written ? 'marked' : 'marked-up-to-date';
}
