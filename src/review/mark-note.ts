/**
 * `mark`'s job: record a milestone review done outside the TUI (on paper, in Anki…): log it as a
 * review, set the flag in the note and regenerate its derived fields.
 */
import path from 'node:path';
import { formatDiagnostic } from '../note/diagnostic.js';
import type { Milestone, NoteFields, Stage } from '../note/types.js';
import { notWrittenReason } from '../regen/not-written.js';
import { rewriteNote, type Rewrite } from '../regen/rewrite-note.js';
import { writeRewritten, type WritePolicy } from '../regen/write-rewritten.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../time/clock.js';
import { UserError } from '../text/user-error.js';
import { readNoteFile } from '../vault/read-file.js';
import { changeCovers, markChange, updateOf } from './note-change.js';
import { writeBlocker } from './write-blocker.js';

export type MarkOutcome = 'already-done' | 'marked' | 'marked-up-to-date';

function alreadyDone(fields: NoteFields, stage: Stage): boolean {
  return stage === 'long-term' ? fields.longTerm : fields.done[stage as Milestone];
}

/** What `mark` did, and the line to print when the note is still to be written. */
export interface MarkResult {
  outcome: MarkOutcome;
  /** The review is logged but the note could not be written yet (it stays pending). */
  problem?: string;
}

/** The note at `rel` must parse and be writable; a `findings` error (nothing logged) otherwise. */
function checkMarkable(
  rel: string,
  abs: string,
  policy: WritePolicy,
  plan: Rewrite | null,
  known: boolean,
): void {
  let why: string | null = null;
  if (plan !== null && !plan.ok) why = plan.diagnostics.map(formatDiagnostic).join('\n');
  else if (!known || plan === null) why = `${rel}: the note cannot be read`;
  else {
    const blocked = writeBlocker(abs, policy);
    if (blocked !== null) why = `${rel}: ${blocked}`;
  }
  if (why !== null) throw new UserError(`${why}\nnothing was marked`, 'findings');
}

/**
 * Mark `stage` done in the note at vault path `rel`; a `findings` error when the note cannot be
 * used. The review and its pending note write are logged in one transaction, then the note is
 * written and the pending row cleared: a crash in between is completed by the next command, and a
 * second `mark` finds the stage done (or still pending) instead of logging it twice.
 */
export async function markNote(
  store: Store,
  vault: string,
  rel: string,
  stage: Stage,
  clock: Clock,
  policy: WritePolicy = {},
): Promise<MarkResult> {
  const row = store.notes.byPath(rel);
  const abs = path.join(vault, rel);
  const file = readNoteFile(abs);
  const change = markChange(stage);
  const plan = file.text === null ? null : rewriteNote(rel, file.text, clock, updateOf(change));
  checkMarkable(rel, abs, { vault, ...policy }, plan, row !== null);
  if (row === null || (row.fields && alreadyDone(row.fields, stage))) return { outcome: 'already-done' };
  if (store.pending.forNote(row.id).some((p) => changeCovers(p.change, change))) {
    return {
      outcome: 'already-done',
      problem: `${rel}: ${stage} is logged and still waiting to be written to the note`,
    };
  }
  const at = clock.now;
  const milestones = stage === 'long-term' ? [] : [stage as Milestone];
  const committed = store.sessions.commitWithWrites(
    { startedAt: at, endedAt: at, quitEarly: false },
    [{ cardId: null, noteId: row.id, at, grade: 3, durationMs: null, stage, milestones }],
    [],
    [{ noteId: row.id, path: rel, change }],
  );
  const result = await writeRewritten(abs, rel, file.bytes, clock, updateOf(change), {
    write: { vault, ...policy },
  });
  const why = notWrittenReason(result);
  const pendingId = committed.pending.get(row.id);
  if (why === null && pendingId !== undefined) store.pending.done(pendingId);
  if (why !== null)
    return {
      outcome: 'marked',
      problem: `${rel}: ${why} (the review is logged; the next run writes the note)`,
    };
  return { outcome: result.written ? 'marked' : 'marked-up-to-date' };
}
