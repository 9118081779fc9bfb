/**
 * The review session's contract with the shell: what the CLI hands to `renderReview` (the queue,
 * the forecast, the clock, the lab checker) and what it gets back (every grade with its timing).
 * The TUI never writes: the CLI commits the result to the store and patches the notes.
 */
import type { LabVerdict } from '../lab/verdict.js';
import type { CardKind, Stage } from '../note/types.js';
import type { Grade } from '../schedule/grade.js';
import type { LabelLang } from '../schedule/stage-label.js';

/** One card to review. What each grade key will do is asked of `ReviewInput.hintsFor` when it is shown. */
export interface QueueCard {
  cardId: string;
  noteId: string;
  /** `note`: a note without cards, reviewed as a whole (title, then its summary or first lines). */
  kind: CardKind;
  /** Markdown shown before reveal. */
  prompt: string;
  /** Markdown shown after reveal (for lab cards: the reference commands). */
  answer: string;
  /** For clozes: where the card sits (the heading above it and its parent item), shown above the prompt. */
  context?: string;
  /** For lab cards: the `## N.` number of the step. */
  labStep?: number;
}

/** A due note and its due cards, in queue order (a note is never split: all of them or none). */
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
  /** The language of the note's profile: its badges speak it. */
  lang: LabelLang;
  cards: QueueCard[];
}

/** A lab check's verdict on the learner's typed commands. */

/** The outcome of one card for its note: the last grade, and whether any grade was Again. */
export interface CardOutcome {
  cardId: string;
  /** The card's last grade in the session. */
  grade: Grade;
  /** True when the card was graded Again at least once (the note's outcome counts it). */
  anyAgain: boolean;
}

/** What the commit will do to a note with the session's grades (for the summary). */
export interface NotePrediction {
  /** Learning rate after the session, in tenths. */
  rateAfter: number;
  /** The note's next review, `yyyy-MM-dd`: today at the earliest; null when nothing is scheduled. */
  nextDue: string | null;
  /** Every due card of the note was graded: its review is complete. */
  finished: boolean;
}

/** Label of the interval each grade key gives, e.g. `{1:'1d',2:'3d',3:'3d',4:'3d'}`. */
export type GradeHints = Record<Grade, string>;

/** Everything `renderReview` needs; built by the CLI from the store. */
export interface ReviewInput {
  notes: QueueNote[];
  /** Due notes left out of today's queue by the card limit (shown on the start screen). */
  heldBack?: { notes: number; limit: number };
  /** The first note alone has more due cards than the limit: queued whole, and the start screen says so. */
  overLimit?: { title: string; cards: number; limit: number };
  /** Due counts for the next 7 days (today first). */
  forecast: { date: string; count: number }[];
  /** The shell's clock, read for timing only (card durations, the elapsed timer). */
  now: () => Date;
  /**
   * Runs the learner's commands for a lab card in the sandbox; absent when the lab is unavailable.
   * `signal` aborts when the verdict is no longer wanted (the learner quit or the app unmounted).
   */
  checkLab?: (card: QueueCard, commands: string[], signal: AbortSignal) => Promise<LabVerdict>;
  /**
   * The interval each grade key shows for `cardId`, given the grades kept so far: exactly when the
   * card comes back if that key is pressed at `at` (and the note's other due cards are passed).
   */
  hintsFor?: (cardId: string, grades: readonly GradeRecord[], at: Date) => GradeHints;
  /** What the commit will do to a note given the session's grades (all of them; the note's are picked). */
  predictAfter?: (noteId: string, grades: readonly GradeRecord[], at: Date) => NotePrediction;
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
