/** The reviews a calendar export holds: every review of every note known from today to a day. */
import type { LocalDate } from '../note/types.js';
import { eachScheduledNote } from '../due/scheduled-notes.js';
import type { Store } from '../store/store.js';
import { today, type Clock } from '../time/clock.js';
import type { DueEvent } from './build-calendar.js';
import { reviewDates } from './review-dates.js';

/** Every known review of the notes of `store` from the clock's day to `until`. */
export function dueEvents(store: Store, clock: Clock, until: LocalDate): DueEvent[] {
  const day = today(clock);
  const events: DueEvent[] = [];
  for (const { row, schedule, profile } of eachScheduledNote(store, clock)) {
    for (const { key, date } of reviewDates(row.fields, schedule, day, until)) {
      events.push({
        noteId: row.id,
        path: row.path,
        title: row.title,
        subject: row.subject,
        stage: key,
        date,
        cards: row.cardCount,
        lang: profile.locale,
        ...(key === schedule.stage && schedule.overdueDays > 0 ? { overdueDays: schedule.overdueDays } : {}),
      });
    }
  }
  return events;
}
