/**
 * The long-term phase: each card's memory state under FSRS (ts-fsrs, default weights, the vault's
 * desired retention, default 0.9, no fuzz so schedules are reproducible). Reviews here happen once per day, so the
 * scheduler runs without short-term (minute) learning steps: every grade schedules whole days and
 * Again means "tomorrow" (`enable_short_term: false`, ts-fsrs's LongTermScheduler).
 *
 * Elapsed days are counted in the user's local calendar (see `wall-time.ts`), so functions that
 * advance a state take the IANA zone.
 */
import { createEmptyCard, fsrs, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { Grade } from './grade.js';
import type { LocalDate } from '../note/types.js';
import { startOfLocalDay, today } from '../time/clock.js';
import { DEFAULT_SCHEDULE } from './schedule-settings.js';
import { fromWallTime, toWallTime } from './wall-time.js';

/** One graded review of a card. */
export interface ReviewEvent {
  at: Date;
  grade: Grade;
}

/** A card's FSRS memory state as plain data the store can save (same shape as the store's `CardMemory`). */
export interface MemoryState {
  due: Date;
  /** Days until recall probability falls to 90 %. */
  stability: number;
  /** 1 (easy) – 10 (hard). */
  difficulty: number;
  /** Days from the last review to `due`. */
  scheduledDays: number;
  /** Learning-step index; always 0 here (no short-term steps), kept so the store can save a ts-fsrs card. */
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning (always 2 here after a review). */
  state: number;
  lastReview: Date | null;
}

/** The settings every schedule in bokseup uses; the desired retention is the vault's (default 0.9). */
export const FSRS_SETTINGS = {
  request_retention: DEFAULT_SCHEDULE.retention,
  enable_fuzz: false,
  enable_short_term: false,
} as const;

const schedulers = new Map<number, ReturnType<typeof fsrs>>();

/** The scheduler for a desired retention (one per value, made on first use). */
function schedulerFor(retention: number): ReturnType<typeof fsrs> {
  let s = schedulers.get(retention);
  if (s === undefined)
    schedulers.set(retention, (s = fsrs({ ...FSRS_SETTINGS, request_retention: retention })));
  return s;
}

/**
 * A card's memory state from its history: the first study day (start of that local day) counts as
 * a learning graded Good, then every event is replayed in time order. Events dated before the
 * first study are treated as happening on it.
 */
export function memoryFromHistory(
  firstStudy: LocalDate,
  tz: string,
  history: readonly ReviewEvent[],
  retention = DEFAULT_SCHEDULE.retention,
): MemoryState {
  const scheduler = schedulerFor(retention);
  const start = toWallTime(startOfLocalDay(firstStudy, tz), tz);
  let card = scheduler.next(createEmptyCard(start), start, 3 as FsrsGrade).card;
  const ordered = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const event of ordered) {
    checkGrade(event.grade);
    const wall = toWallTime(event.at, tz);
    // Replayed in the wall-time frame throughout: one zone conversion per event.
    const at = wall.getTime() < start.getTime() ? start : wall;
    card = scheduler.next(card, at, event.grade as FsrsGrade).card;
  }
  return toMemory(card, tz);
}

/**
 * The state after grading the card at `at` (local days in `tz`). A time before the card's last
 * review (a `--now` in the past against a newer history) counts as that last review's moment.
 */
export function applyGrade(
  state: MemoryState,
  grade: Grade,
  at: Date,
  tz: string,
  retention = DEFAULT_SCHEDULE.retention,
): MemoryState {
  checkGrade(grade);
  const item = schedulerFor(retention).next(
    toCard(state, tz),
    toWallTime(notBeforeLast(state, at), tz),
    grade as FsrsGrade,
  );
  return toMemory(item.card, tz);
}

/** Days each grade would schedule if pressed at `at` (what the answer buttons show). */
export function previewIntervals(
  state: MemoryState,
  at: Date,
  tz: string,
  retention = DEFAULT_SCHEDULE.retention,
): Record<Grade, number> {
  const preview = schedulerFor(retention).repeat(toCard(state, tz), toWallTime(notBeforeLast(state, at), tz));
  return {
    1: preview[1].card.scheduled_days,
    2: preview[2].card.scheduled_days,
    3: preview[3].card.scheduled_days,
    4: preview[4].card.scheduled_days,
  };
}

/** True when there is at least one card and every card's stability is at least `thresholdDays`. */
export function isLongTermMemory(
  states: readonly MemoryState[],
  thresholdDays = DEFAULT_SCHEDULE.longTermStability,
): boolean {
  return states.length > 0 && states.every((s) => s.stability >= thresholdDays);
}

/** The earliest card due date as a local date in `tz`; null when there are no cards. */
export function noteLongTermDue(states: readonly MemoryState[], tz: string): LocalDate | null {
  if (states.length === 0) return null;
  const earliest = Math.min(...states.map((s) => s.due.getTime()));
  return today({ now: new Date(earliest), tz });
}

function notBeforeLast(state: MemoryState, at: Date): Date {
  return state.lastReview !== null && at.getTime() < state.lastReview.getTime() ? state.lastReview : at;
}

function checkGrade(grade: number): void {
  if (grade !== 1 && grade !== 2 && grade !== 3 && grade !== 4) {
    throw new RangeError(`grade must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got ${grade}`);
  }
}

function toCard(state: MemoryState, tz: string): Card {
  const due = toWallTime(state.due, tz);
  const card: Card = {
    due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
  };
  if (state.lastReview !== null) card.last_review = toWallTime(state.lastReview, tz);
  return card;
}

function toMemory(card: Card, tz: string): MemoryState {
  return {
    due: fromWallTime(card.due, tz),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? fromWallTime(card.last_review, tz) : null,
  };
}
