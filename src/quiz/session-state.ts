/**
 * The review session as data: the queue of card ids still to show, the grades given, the lab
 * step's input and verdict, and the undo stack. Created once per session; changed only by
 * `sessionReducer`.
 */
import type { LabVerdict } from '../lab/verdict.js';
import type { GradeRecord, QueueCard, QueueNote } from './types.js';

/** `start`: the start screen; `review`: a card is shown; `done`: finished or quit. */
export type SessionPhase = 'start' | 'review' | 'done';

/** A card waiting in the queue; `skips` counts how often it was skipped (the second skip drops it). */
export interface QueueEntry {
  cardId: string;
  skips: number;
}

/** The current lab card: typed lines, then a check in flight, then the verdict. */
export interface LabState {
  phase: 'input' | 'checking' | 'verdict';
  /** Commands entered, one per line. */
  lines: string[];
  /** The line being typed. */
  draft: string;
  verdict: LabVerdict | null;
  /** Failed checks of this card in this showing (a pass after a failure grades Hard). */
  failures: number;
}

/** Everything the session holds except the undo stack (what an undo restores). */
export interface SessionSnapshot {
  phase: SessionPhase;
  quit: boolean;
  queue: QueueEntry[];
  revealed: boolean;
  /** When the current card was shown (durations are measured from here). */
  shownAt: Date | null;
  grades: GradeRecord[];
  /** Card ids skipped twice, so dropped from the queue. */
  skipped: string[];
  lab: LabState;
  endedAt: Date | null;
}

/** The reducer's state: the snapshot, the fixed card lookup, the undo stack and the help overlay. */
export interface SessionState extends SessionSnapshot {
  /** Every card of the session by id (never changes). */
  cards: Readonly<Record<string, QueueCard>>;
  /** Number of distinct cards in the session. */
  total: number;
  startedAt: Date;
  /** Previous snapshots, most recent last; pushed by grade and skip. */
  undo: SessionSnapshot[];
  /** The `?` overlay listing every key is open (not part of what undo restores). */
  help: boolean;
  /** Leave at once, without a summary: Ctrl+C, or quitting before anything was graded. */
  exitNow: boolean;
}

/** A fresh lab sub-state for a newly shown card. */
export const EMPTY_LAB: LabState = { phase: 'input', lines: [], draft: '', verdict: null, failures: 0 };

/**
 * A new session on the start screen: notes in the given order, each note's cards in order.
 * A card id that appears twice is queued once.
 */
export function createSession(notes: readonly QueueNote[], startedAt: Date): SessionState {
  const cards: Record<string, QueueCard> = {};
  const queue: QueueEntry[] = [];
  for (const note of notes) {
    for (const card of note.cards) {
      if (cards[card.cardId]) continue;
      cards[card.cardId] = card;
      queue.push({ cardId: card.cardId, skips: 0 });
    }
  }
  return {
    phase: 'start',
    quit: false,
    queue,
    revealed: false,
    shownAt: null,
    grades: [],
    skipped: [],
    lab: EMPTY_LAB,
    endedAt: null,
    cards,
    total: queue.length,
    startedAt,
    undo: [],
    help: false,
    exitNow: false,
  };
}

/** The snapshot part of a state (what undo saves). */
export function snapshotOf(state: SessionState): SessionSnapshot {
  const { phase, quit, queue, revealed, shownAt, grades, skipped, lab, endedAt } = state;
  return { phase, quit, queue, revealed, shownAt, grades, skipped, lab, endedAt };
}
