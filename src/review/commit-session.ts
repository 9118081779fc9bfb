/**
 * After the TUI returns: settle each touched note (milestones, status, long-term flag, FSRS
 * memory), commit the session, its reviews and the card states in ONE transaction, then write the
 * touched notes' frontmatter with the compare-and-swap writer.
 */
import path from 'node:path';
import type { NoteFields } from '../note/types.js';
import type { QueueNote, SessionResult, GradeRecord } from '../quiz/types.js';
import { settleNoteSession, type NoteSessionResult } from '../schedule/settle-note-session.js';
import type { CardStateUpdate, ReviewInput } from '../store/rows.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../time/clock.js';
import { readNoteFile } from '../vault/read-file.js';
import { writeNoteAtomic } from '../vault/atomic-write.js';
import { rewriteNote } from '../regen/rewrite-note.js';
import type { PlannedNote } from './build-queue.js';

export interface SettledNote {
  planned: PlannedNote;
  grades: GradeRecord[];
  /** Every due card of the note was graded: its milestone (or extra review) is complete. */
  finished: boolean;
  result: NoteSessionResult;
}

/** True when every due card of the note (all queued: a note is never split) has a grade in the session. */
function finishedNote(queue: QueueNote, grades: readonly GradeRecord[]): boolean {
  const graded = new Set(grades.map((g) => g.cardId));
  return queue.cards.every((c) => graded.has(c.cardId));
}

/**
 * Settle every note the session graded. Pure: the review summary, the grade keys' hints and the
 * commit all call it, so what the learner is shown is what gets written.
 */
export function settleSession(
  planned: readonly PlannedNote[],
  session: SessionResult,
  clock: Clock,
): SettledNote[] {
  const out: SettledNote[] = [];
  for (const p of planned) {
    const grades = session.grades.filter((g) => g.noteId === p.queue.noteId);
    if (grades.length === 0) continue;
    const finished = finishedNote(p.queue, grades);
    const result = settleNoteSession({
      fields: p.note.row.fields,
      profile: p.note.profile,
      clock,
      before: p.note.schedule,
      memories: p.memories,
      grades: grades.map((g) => ({ cardId: g.cardId, grade: g.grade, at: g.at })),
      finished,
      lastAgainOn: p.note.lastAgainOn,
      retention: p.note.settings.retention,
      longTermThresholdDays: p.note.settings.longTermStability,
    });
    out.push({ planned: p, grades, finished, result });
  }
  return out;
}

function reviewsOf(s: SettledNote): ReviewInput[] {
  const stage = s.planned.note.schedule.stage;
  return s.grades.map((g, i) => ({
    cardId: g.cardId,
    noteId: g.noteId,
    at: g.at,
    grade: g.grade,
    durationMs: g.durationMs,
    stage,
    milestones: i === s.grades.length - 1 ? s.result.completed : [],
  }));
}

/** Session + reviews + memories in one transaction. Returns the session id. */
export function commitSettled(store: Store, session: SessionResult, settled: readonly SettledNote[]): number {
  const reviews = settled.flatMap(reviewsOf);
  const states: CardStateUpdate[] = settled.flatMap((s) =>
    [...s.result.memories].map(([cardId, m]) => ({ cardId, ...m })),
  );
  return store.sessions.commitSession(
    { startedAt: session.startedAt, endedAt: session.endedAt, quitEarly: session.quit },
    reviews,
    states,
  );
}

/** The change a settled session makes to whatever the note's fields are at write time. */
function applySettled(s: SettledNote): (fields: NoteFields) => NoteFields {
  return (fields) => {
    const done = { ...fields.done };
    for (const m of s.result.completed) done[m] = true;
    const status = s.result.status ?? fields.status;
    return { ...fields, done, status, longTerm: s.result.fields.longTerm };
  };
}

/** Write each settled note; returns the paths that could not be written, with why. */
export async function writeSettled(
  vault: string,
  settled: readonly SettledNote[],
  clock: Clock,
): Promise<string[]> {
  const problems: string[] = [];
  for (const s of settled) {
    const rel = s.planned.queue.path;
    const abs = path.join(vault, rel);
    const file = readNoteFile(abs);
    const update = applySettled(s);
    const outcome = await writeNoteAtomic(abs, file.bytes, (current) => {
      const next = rewriteNote(rel, current, clock, update);
      return next.ok ? next.text : null;
    });
    if (!outcome.written && outcome.reason !== 'unchanged' && outcome.reason !== undefined) {
      problems.push(`${rel}: not written (${outcome.reason})`);
    }
  }
  return problems;
}
