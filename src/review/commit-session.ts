/**
 * After the TUI returns: settle each touched note (milestones, status, long-term flag, FSRS
 * memory), commit the session, its reviews and the card states in ONE transaction, then write the
 * touched notes' frontmatter with the compare-and-swap writer.
 */
import path from 'node:path';
import type { QueueNote, SessionResult, GradeRecord } from '../quiz/types.js';
import { settleNoteSession, type NoteSessionResult } from '../schedule/settle-note-session.js';
import type { NoteChange } from '../store/pending-writes.js';
import type { CardStateUpdate, ReviewInput } from '../store/rows.js';
import type { CommittedSession } from '../store/session-writer.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../time/clock.js';
import { notWrittenReason } from '../regen/not-written.js';
import { writeRewritten, type WritePolicy } from '../regen/write-rewritten.js';
import { updateOf } from './note-change.js';
import { readNoteBytes } from './read-note-bytes.js';
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

/** The frontmatter change a settled note's session makes (what its pending write stores). */
function changeOf(s: SettledNote): NoteChange {
  const change: NoteChange = { done: [...s.result.completed], longTerm: s.result.fields.longTerm };
  if (s.result.status !== null) change.status = s.result.status;
  return change;
}

/**
 * Session + reviews + memories + the note writes they owe, in one transaction (a crash after it
 * leaves the writes pending for the next command). Returns the session id and the writes' ids.
 */
export function commitSettled(
  store: Store,
  session: SessionResult,
  settled: readonly SettledNote[],
): CommittedSession {
  const reviews = settled.flatMap(reviewsOf);
  const states: CardStateUpdate[] = settled.flatMap((s) =>
    [...s.result.memories].map(([cardId, m]) => ({ cardId, ...m })),
  );
  const writes = settled.map((s) => ({
    noteId: s.planned.queue.noteId,
    path: s.planned.queue.path,
    change: changeOf(s),
  }));
  return store.sessions.commitWithWrites(
    { startedAt: session.startedAt, endedAt: session.endedAt, quitEarly: session.quit },
    reviews,
    states,
    writes,
  );
}

/**
 * Write each settled note and clear its pending write; returns one line per note that could not be
 * written (its write stays pending: the next command retries it).
 */
export async function writeSettled(
  store: Store,
  vault: string,
  settled: readonly SettledNote[],
  committed: CommittedSession,
  clock: Clock,
  policy: WritePolicy = {},
): Promise<string[]> {
  const problems: string[] = [];
  for (const s of settled) {
    const rel = s.planned.queue.path;
    const abs = path.join(vault, rel);
    const bytes = readNoteBytes(abs) ?? Buffer.alloc(0);
    const result = await writeRewritten(abs, rel, bytes, clock, updateOf(changeOf(s)), { write: policy });
    const why = notWrittenReason(result);
    const pendingId = committed.pending.get(s.planned.queue.noteId);
    if (why === null && pendingId !== undefined) store.pending.done(pendingId);
    if (why !== null)
      problems.push(`${rel}: ${why} (its review is saved; the next run that can write the note does)`);
  }
  return problems;
}
