/**
 * Which review a note needs, and when (DESIGN §2). Day 0 is the first study date; the milestones
 * fall on fixed calendar days 1, 4, 7 and 14 after it. After day 14 the note is in the long-term
 * phase, whose due date comes from FSRS (see `fsrs.ts`). The profile's "extra review" status makes
 * a note due today whatever its milestones say.
 */
import type { LocalDate, Milestone, NoteFields, Stage } from '../note/types.js';
import { MILESTONES, MILESTONE_DAYS } from '../note/types.js';
import type { Profile } from '../note/profile.js';
import type { Clock } from '../time/clock.js';
import { addDays, daysBetween, today } from '../time/clock.js';

/** When a note is due and for which review. */
export interface NoteSchedule {
  stage: Stage;
  /** The day the next review falls on; null when the note has nothing left to schedule. */
  due: LocalDate | null;
  /** Whole days the review is late (today − due), 0 when not late or not due. */
  overdueDays: number;
  /** Every milestone not yet done whose date is today or earlier (overdue ones collapse into one review). */
  dueMilestones: Milestone[];
  /** True when the note should be reviewed today. */
  isDue: boolean;
}

const datesByFirstStudy = new Map<LocalDate, Readonly<Record<Milestone, LocalDate>>>();

/** The calendar date of each milestone for a first study date (memoised: vaults share dates). */
export function milestoneDates(first: LocalDate): Readonly<Record<Milestone, LocalDate>> {
  let dates = datesByFirstStudy.get(first);
  if (dates === undefined) {
    dates = {
      d1: addDays(first, MILESTONE_DAYS.d1),
      d4: addDays(first, MILESTONE_DAYS.d4),
      d7: addDays(first, MILESTONE_DAYS.d7),
      d14: addDays(first, MILESTONE_DAYS.d14),
    };
    if (datesByFirstStudy.size > 10_000) datesByFirstStudy.clear();
    datesByFirstStudy.set(first, dates);
  }
  return dates;
}

/**
 * The schedule of one note on the clock's local day.
 *
 * - Extra status: stage `extra`, due the day after the note's latest Again (`lastAgainOn`), so an
 *   Again today means tomorrow and a missed extra review counts its overdue days; today when no
 *   Again is known (the status was set by hand).
 * - Otherwise the first milestone whose flag is false is the stage; due on its date.
 * - All four done: stage `long-term`, due `longTermDue` (the earliest card due, from
 *   `noteLongTermDue`). Null there means the note has no cards: it is never due. A note with cards
 *   always has a date, because `memoryFromHistory` counts the first study as a learning.
 */
export function scheduleNote(
  fields: NoteFields,
  profile: Profile,
  clock: Clock,
  longTermDue: LocalDate | null,
  lastAgainOn: LocalDate | null = null,
): NoteSchedule {
  const day = today(clock);
  const dueMilestones = pendingMilestones(fields, day);
  if (fields.status !== null && fields.status === profile.statusValues.extra) {
    const due = lastAgainOn === null ? day : addDays(lastAgainOn, 1);
    return dated('extra', due, day, dueMilestones);
  }
  const next = MILESTONES.find((m) => !fields.done[m]);
  if (next !== undefined) {
    return dated(next, milestoneDates(fields.firstStudy)[next], day, dueMilestones);
  }
  return dated('long-term', longTermDue, day, dueMilestones);
}

/** Not-done milestones whose date is on or before `day`, in milestone order. */
function pendingMilestones(fields: NoteFields, day: LocalDate): Milestone[] {
  const dates = milestoneDates(fields.firstStudy);
  return MILESTONES.filter((m) => !fields.done[m] && dates[m] <= day);
}

function dated(
  stage: Stage,
  due: LocalDate | null,
  day: LocalDate,
  dueMilestones: Milestone[],
): NoteSchedule {
  if (due === null) return { stage, due, overdueDays: 0, dueMilestones, isDue: false };
  const late = daysBetween(due, day);
  return { stage, due, overdueDays: Math.max(0, late), dueMilestones, isDue: late >= 0 };
}
