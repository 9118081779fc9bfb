/**
 * Review statistics as plain JSON (the `bokseup stats --json` output): a heatmap of reviews per
 * local day, the streak, retention, a 14-day forecast of due notes and each note's progress.
 * Pure: reviews, notes, the zone and `now` in; nothing is read from the clock or the store.
 */
import type { LocalDate, Stage } from '../note/types.js';
import { addDays, daysBetween, isTimeZone, today } from '../time/clock.js';
import { computeStreak } from './compute-streak.js';
import { heatmap, type HeatmapDay } from './heatmap-days.js';
import { localDayIn } from './local-day.js';

/** An entry of the review log. Grades: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export interface StatsReview {
  at: Date;
  grade: 1 | 2 | 3 | 4;
  noteId: string;
  /** A milestone recorded with `bokseup mark` (no card was graded): counted apart, not in retention. */
  mark?: boolean;
}

/** A note's scheduling state. `due` is null when nothing is scheduled. */
export interface StatsNote {
  noteId: string;
  path: string;
  title: string;
  /** Learning rate in tenths (6 = 0.6 = 60 %). */
  rateTenths: number;
  stage: Stage;
  due: LocalDate | null;
}

export interface StatsInput {
  reviews: readonly StatsReview[];
  notes: readonly StatsNote[];
  /** IANA zone that decides which local day a review belongs to. */
  tz: string;
  now: Date;
  /** Length of the heatmap in days, ending today; default 365. */
  days?: number;
}

/** Share of reviews graded Hard or better (grade ≥ 2). `rate` is null when there are no reviews. */
export interface Retention {
  reviews: number;
  passed: number;
  rate: number | null;
}

/** One row of the per-note progress table. */
export interface NoteProgress {
  noteId: string;
  path: string;
  title: string;
  rateTenths: number;
  /** rateTenths × 10, the progress bar's percentage. */
  percent: number;
  stage: Stage;
  due: LocalDate | null;
  /** Days past due (0 when due today, in the future or unscheduled). */
  overdueDays: number;
  /** Reviews of this note in the log (up to now). */
  reviews: number;
  /** Local day of the latest review, null when never reviewed. */
  lastReviewed: LocalDate | null;
}

/**
 * The stats document. Shape (all dates local `yyyy-MM-dd` in `tz`):
 * ```
 * { today, tz,
 *   heatmap: [{ date, reviews, marks }] // `days` entries, oldest first, ending today
 *   totalReviews, reviewsToday,         // graded cards (an Again and its regrade count twice)
 *   marks,                              // milestones recorded with `mark`, counted apart
 *   streak: { current, longest },       // current: consecutive days with a review or mark ending
 *                                       // today, or ending yesterday while today has none yet
 *   retention: { overall: Retention, last30: Retention },   // graded cards only; last30: today
 *                                                           // and the 29 days before
 *   forecast: [{ date, due }]           // 14 entries from today; today's count includes overdue
 *   overdue,                            // notes due before today
 *   notes: [NoteProgress]               // sorted by due (unscheduled last), then path
 * }
 * ```
 * Reviews after `now` are ignored, so an earlier `--now` gives the stats as they were then.
 */
export interface Stats {
  today: LocalDate;
  tz: string;
  heatmap: HeatmapDay[];
  totalReviews: number;
  reviewsToday: number;
  marks: number;
  streak: { current: number; longest: number };
  retention: { overall: Retention; last30: Retention };
  forecast: { date: LocalDate; due: number }[];
  overdue: number;
  notes: NoteProgress[];
}

export const FORECAST_DAYS = 14;

function retention(reviews: readonly StatsReview[]): Retention {
  const passed = reviews.filter((r) => r.grade >= 2).length;
  return { reviews: reviews.length, passed, rate: reviews.length ? passed / reviews.length : null };
}

function forecast(notes: readonly StatsNote[], day: LocalDate): Stats['forecast'] {
  const counts = new Array<number>(FORECAST_DAYS).fill(0);
  for (const n of notes) {
    if (n.due === null) continue;
    const offset = Math.max(0, daysBetween(day, n.due));
    if (offset < FORECAST_DAYS) counts[offset] = (counts[offset] ?? 0) + 1;
  }
  return counts.map((due, i) => ({ date: addDays(day, i), due }));
}

function progress(n: StatsNote, reviewed: readonly LocalDate[], day: LocalDate): NoteProgress {
  const overdueDays = n.due === null ? 0 : Math.max(0, daysBetween(n.due, day));
  const lastReviewed = reviewed.reduce<LocalDate | null>((a, d) => (a === null || d > a ? d : a), null);
  const { noteId, path, title, rateTenths, stage, due } = n;
  return {
    noteId,
    path,
    title,
    rateTenths,
    percent: rateTenths * 10,
    stage,
    due,
    overdueDays,
    reviews: reviewed.length,
    lastReviewed,
  };
}

/** A review with the local day it belongs to. */
type DatedReview = StatsReview & { day: LocalDate };

function noteRows(
  notes: readonly StatsNote[],
  reviews: readonly DatedReview[],
  day: LocalDate,
): NoteProgress[] {
  const byNote = new Map<string, LocalDate[]>();
  for (const r of reviews) {
    const list = byNote.get(r.noteId);
    if (list) list.push(r.day);
    else byNote.set(r.noteId, [r.day]);
  }
  const rows = notes.map((n) => progress(n, byNote.get(n.noteId) ?? [], day));
  const key = (p: NoteProgress): string => p.due ?? '9999-99-99';
  return rows.sort((a, b) => key(a).localeCompare(key(b)) || a.path.localeCompare(b.path));
}

function validate(input: StatsInput): number {
  const days = input.days ?? 365;
  if (!Number.isInteger(days) || days < 1 || days > 3660)
    throw new RangeError(`days must be 1–3660, got ${days}`);
  if (!isTimeZone(input.tz)) throw new RangeError(`unknown time zone: ${input.tz}`);
  if (Number.isNaN(input.now.getTime())) throw new RangeError('now is not a valid date');
  return days;
}

/** Compute the stats document (see {@link Stats}). Throws RangeError on a bad zone, `now` or `days`. */
export function computeStats(input: StatsInput): Stats {
  const span = validate(input);
  const day = today({ now: input.now, tz: input.tz });
  const localDay = localDayIn(input.tz);
  const reviews: DatedReview[] = input.reviews
    .filter((r) => r.at.getTime() <= input.now.getTime())
    .map((r) => ({ ...r, day: localDay(r.at) }));
  const graded = reviews.filter((r) => r.mark !== true);
  const marks = reviews.filter((r) => r.mark === true);
  const since30 = addDays(day, -29);
  return {
    today: day,
    tz: input.tz,
    heatmap: heatmap(graded, marks, day, span),
    totalReviews: graded.length,
    reviewsToday: graded.filter((r) => r.day === day).length,
    marks: marks.length,
    streak: computeStreak([...new Set(reviews.map((r) => r.day))], day),
    retention: {
      overall: retention(graded),
      last30: retention(graded.filter((r) => r.day >= since30)),
    },
    forecast: forecast(input.notes, day),
    overdue: input.notes.filter((n) => n.due !== null && n.due < day).length,
    notes: noteRows(input.notes, reviews, day),
  };
}
