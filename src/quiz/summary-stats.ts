/**
 * The numbers on the summary screen, computed from the finished session: cards reviewed,
 * retention (share of grades ≥ Hard), pace, and each touched note's learning rate before and after.
 */
import { noteOutcomes } from './session-select.js';
import type { SessionState } from './session-state.js';
import type { Grade } from '../schedule/grade.js';
import type { QueueNote, ReviewInput } from './types.js';

/** One note's line on the summary. */
export interface NoteSummary {
  noteId: string;
  title: string;
  rateBefore: number;
  /** Null when the shell gave no `predictAfter`. */
  rateAfter: number | null;
  /** The next review as the commit will schedule it (today at the earliest). */
  nextDue: string | null;
  anyAgain: boolean;
  /** Every due card of the note was graded (null without `predictAfter`). */
  finished: boolean | null;
  /** Cards of the note graded, out of its queued cards. */
  graded: number;
  queued: number;
}

/** The summary's figures. */
export interface SessionSummary {
  /** Distinct cards graded. */
  cards: number;
  /** Grade records (an Again and its later regrade count twice). */
  reviews: number;
  byGrade: Record<Grade, number>;
  /** Share of reviews graded Hard or better, 0..1 (0 with no reviews). */
  retention: number;
  /** Mean seconds per review, one decimal. */
  paceSeconds: number;
  elapsedMs: number;
  notes: NoteSummary[];
}

/** Summarise `state`; notes without a graded card are left out. */
export function summarizeSession(
  state: SessionState,
  notes: readonly QueueNote[],
  predictAfter: ReviewInput['predictAfter'],
  end: Date,
): SessionSummary {
  const byGrade: Record<Grade, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const g of state.grades) byGrade[g.grade] += 1;
  const reviews = state.grades.length;
  const totalMs = state.grades.reduce((n, g) => n + g.durationMs, 0);
  return {
    cards: new Set(state.grades.map((g) => g.cardId)).size,
    reviews,
    byGrade,
    retention: reviews === 0 ? 0 : (reviews - byGrade[1]) / reviews,
    paceSeconds: reviews === 0 ? 0 : Math.round(totalMs / reviews / 100) / 10,
    elapsedMs: (state.endedAt ?? end).getTime() - state.startedAt.getTime(),
    notes: noteSummaries(state, notes, predictAfter, end),
  };
}

function noteSummaries(
  state: SessionState,
  notes: readonly QueueNote[],
  predictAfter: ReviewInput['predictAfter'],
  end: Date,
): NoteSummary[] {
  const outcomes = noteOutcomes(state);
  return notes.flatMap((note) => {
    const graded = outcomes.get(note.noteId);
    if (!graded) return [];
    const predicted = predictAfter ? predictAfter(note.noteId, state.grades, state.endedAt ?? end) : null;
    return [
      {
        noteId: note.noteId,
        title: note.title,
        rateBefore: note.rateBefore,
        rateAfter: predicted?.rateAfter ?? null,
        nextDue: predicted?.nextDue ?? null,
        anyAgain: graded.some((o) => o.anyAgain),
        finished: predicted?.finished ?? null,
        graded: graded.length,
        queued: note.cards.length,
      },
    ];
  });
}
