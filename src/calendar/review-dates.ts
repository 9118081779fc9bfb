/**
 * Every review of a note that is known today, for the calendar: the next one (today for a late
 * one), and each later milestone whose fixed date is already known (the day-4, day-7 and day-14
 * dates of a note first studied yesterday are all known). Milestones due on or before the next
 * review are done by it (overdue milestones collapse into one review), so they get no event of
 * their own; the long-term date is known only once the milestones are done.
 */
import type { LocalDate, NoteFields, Stage } from '../note/types.js';
import { MILESTONES } from '../note/types.js';
import { milestoneDates, type NoteSchedule } from '../schedule/milestones.js';

/** One review on one day; `key` names it for good (the UID): a milestone, `long-term` or `extra`. */
export interface ReviewDate {
  key: Stage;
  date: LocalDate;
}

/** The reviews of a note from `day` to `until` (both included), earliest first. */
export function reviewDates(
  fields: NoteFields,
  schedule: NoteSchedule,
  day: LocalDate,
  until: LocalDate,
): ReviewDate[] {
  if (schedule.due === null) return [];
  const next: ReviewDate = { key: schedule.stage, date: schedule.due < day ? day : schedule.due };
  const dates = milestoneDates(fields.firstStudy);
  const later = MILESTONES.filter((m) => !fields.done[m] && m !== next.key && dates[m] > next.date).map(
    (m): ReviewDate => ({ key: m, date: dates[m] }),
  );
  return [next, ...later].filter((r) => r.date <= until);
}
