/**
 * What each grade key says: the days until the card is shown again if that key is pressed now.
 * Not a second schedule written beside the real one: each hint settles the session as it would
 * stand after the press, through `settleSession`, the function the commit itself runs, and reads
 * the card's next review from the result. The grades kept so far (an Again earlier in the session,
 * an undo) are part of it; the note's due cards not graded yet count as passed, since the hint
 * answers "what does this key do", not "what will the rest of the session do".
 */
import type { GradeHints, GradeRecord } from '../quiz/types.js';
import { cardNextReview } from '../schedule/card-next-review.js';
import { GRADES, type Grade } from '../schedule/grade.js';
import { intervalLabel } from '../schedule/interval-label.js';
import { daysBetween, localDateOf } from '../time/clock.js';
import type { LocalDate } from '../note/types.js';
import type { PlannedNote } from './build-queue.js';
import { settleSession } from './commit-session.js';

function record(noteId: string, cardId: string, grade: Grade, at: Date): GradeRecord {
  return { cardId, noteId, grade, at, durationMs: 0 };
}

/**
 * The day `cardId` of note `p` comes back when it is graded `grade` at `at` after the session's
 * kept `grades`, the note's other ungraded due cards passed (Good) at the same instant.
 */
export function nextReviewIf(
  p: PlannedNote,
  cardId: string,
  grade: Grade,
  grades: readonly GradeRecord[],
  at: Date,
  tz: string,
): LocalDate | null {
  const noteId = p.queue.noteId;
  const own = grades.filter((g) => g.noteId === noteId);
  const graded = new Set([...own.map((g) => g.cardId), cardId]);
  const rest = p.queue.cards.filter((c) => !graded.has(c.cardId)).map((c) => record(noteId, c.cardId, 3, at));
  const session = {
    startedAt: at,
    endedAt: at,
    quit: false,
    skipped: [],
    grades: [...own, record(noteId, cardId, grade, at), ...rest],
  };
  const [settled] = settleSession([p], session, { now: at, tz });
  return settled === undefined ? null : cardNextReview(settled.result, cardId, tz);
}

/** The review's `hintsFor`: each grade's interval label for a queued card (`—` when nothing is scheduled). */
export function gradeHints(planned: readonly PlannedNote[], tz: string) {
  const noteOf = new Map<string, PlannedNote>();
  for (const p of planned) for (const c of p.queue.cards) noteOf.set(c.cardId, p);
  return (cardId: string, grades: readonly GradeRecord[], at: Date): GradeHints => {
    const p = noteOf.get(cardId);
    const day = localDateOf(at, tz);
    const label = (grade: Grade): string => {
      const next = p === undefined ? null : nextReviewIf(p, cardId, grade, grades, at, tz);
      return next === null ? '—' : intervalLabel(Math.max(0, daysBetween(day, next)));
    };
    const hints = {} as GradeHints;
    for (const g of GRADES) hints[g] = label(g);
    return hints;
  };
}
