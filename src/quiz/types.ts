/**
 * The review session's contract with the shell: what the CLI hands to `renderReview` (the queue,
 * the forecast, the clock, the lab checker) and what it gets back (every grade with its timing).
 * The TUI never writes: the CLI commits the result to the store and patches the notes.
 */
import type { Stage } from '../note/types.js';
import type { Grade } from '../schedule/grade.js';

/** One card to review, with the next interval each grade would give (shown on the grade keys). */
export interface QueueCard {
  cardId: string;
  noteId: string;
  kind: 'question' | 'cloze' | 'lab';
  /** Markdown shown before reveal. */
  prompt: string;
  /** Markdown shown after reveal (for lab cards: the reference commands). */
  answer: string;
  /** For clozes: the full text with the span visible, shown after reveal. */
  context?: string;
  /** For lab cards: the `## N.` number of the step. */
  labStep?: number;
  /**
   * Label of the next interval per grade, e.g. `{1:'10m',2:'1d',3:'4d',4:'12d'}`; or a function
   * computing it when the card is shown (FSRS previews for a big queue would delay the first card).
   */
  intervals?: Record<Grade, string> | (() => Record<Grade, string>);
}

/** A due note and its cards, in queue order. */
export interface QueueNote {
  noteId: string;
  /** Path relative to the vault. */
  path: string;
  title: string;
  subject: string | null;
  stage: Stage;
  overdueDays: number;
  /** Learning rate before the session, in tenths (6 = 0.6). */
  rateBefore: number;
  cards: QueueCard[];
}

/** A lab check's verdict on the learner's typed commands. */
export interface LabVerdict {
  passed: boolean;
  summary: string;
  details: string[];
}

/** The outcome of one card for its note: the last grade, and whether any grade was Again. */
export interface CardOutcome {
  cardId: string;
  /** The card's last grade in the session. */
  grade: Grade;
  /** True when the card was graded Again at least once (the note's outcome counts it). */
  anyAgain: boolean;
}

/** What the shell predicts for a note once the session's outcomes are applied (for the summary). */
export interface NotePrediction {
  /** Learning rate after the session, in tenths. */
  rateAfter: number;
  /** Next due date, `yyyy-MM-dd`. */
  nextDue: string;
}

/** Everything `renderReview` needs; built by the CLI from the store. */
export interface ReviewInput {
  notes: QueueNote[];
  /** Due notes left out of today's queue by the card limit (shown on the start screen). */
  heldBack?: { notes: number; cards: number };
  /** Due counts for the next 7 days (today first). */
  forecast: { date: string; count: number }[];
  /** The shell's clock, read for timing only (card durations, the elapsed timer). */
  now: () => Date;
  /**
   * Runs the learner's commands for a lab card in the sandbox; absent when the lab is unavailable.
   * `signal` aborts when the verdict is no longer wanted (the learner quit or the app unmounted).
   */
  checkLab?: (card: QueueCard, commands: string[], signal: AbortSignal) => Promise<LabVerdict>;
  /** Predicts a note's learning rate and next due date from its card outcomes. */
  predictAfter?: (noteId: string, graded: CardOutcome[]) => NotePrediction;
}

/** One grade as the review log records it. */
export interface GradeRecord {
  cardId: string;
  noteId: string;
  grade: Grade;
  at: Date;
  /** Time from the card being shown to the grade. */
  durationMs: number;
}

/** What a session did. Undone grades are absent; a quit session keeps the grades made before it. */
export interface SessionResult {
  startedAt: Date;
  endedAt: Date;
  quit: boolean;
  /** Every grade in order, including an Again followed by a later grade of the same card. */
  grades: GradeRecord[];
  /** Card ids skipped and never graded. */
  skipped: string[];
}
