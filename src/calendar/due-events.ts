/** The reviews a calendar export holds: every review of every note known from today to a day. */
import type { LocalDate } from '../note/types.js';
import { dueCardCounts } from '../due/due-card-count.js';
import { eachScheduledNote, type ScheduledNote } from '../due/scheduled-notes.js';
import type { ScheduleSettings } from '../schedule/schedule-settings.js';
import type { Store } from '../store/store.js';
import { today, type Clock } from '../time/clock.js';
import type { DueEvent } from './build-calendar.js';
import { reviewDates } from './review-dates.js';

/**
 * Every known review of the notes of `store` from the clock's day to `until`, each with the number
 * of cards it will show (a long-term review: the cards due by its day).
 */
export function dueEvents(
  store: Store,
  clock: Clock,
  until: LocalDate,
  settings?: ScheduleSettings,
): DueEvent[] {
  const day = today(clock);
  const events: DueEvent[] = [];
  const longTerm: [DueEvent, ScheduledNote][] = [];
  for (const note of eachScheduledNote(store, clock, settings)) {
    const { row, schedule, profile } = note;
    for (const { key, date } of reviewDates(row.fields, schedule, day, until)) {
      const event: DueEvent = {
        noteId: row.id,
        path: row.path,
        title: row.title,
        subject: row.subject,
        stage: key,
        date,
        cards: row.cardCount,
        lang: profile.locale,
        ...(key === schedule.stage && schedule.overdueDays > 0 ? { overdueDays: schedule.overdueDays } : {}),
      };
      events.push(event);
      if (key === 'long-term') longTerm.push([event, note]);
    }
  }
  const on = longTerm.map(([event, note]): [ScheduledNote, LocalDate] => [note, event.date]);
  dueCardCounts(store, on, day, clock.tz).forEach((n, i) => {
    const entry = longTerm[i];
    if (entry) entry[0].cards = n;
  });
  return events;
}
