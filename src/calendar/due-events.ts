/** The reviews a calendar export holds: every note due by a day, on its due day (today for a late one). */
import type { LocalDate } from '../note/types.js';
import { eachScheduledNote } from '../due/scheduled-notes.js';
import type { ScheduleSettings } from '../schedule/schedule-settings.js';
import type { Store } from '../store/store.js';
import { today, type Clock } from '../time/clock.js';
import type { DueEvent } from './build-calendar.js';

/** The review of every note of `store` due by `until`. */
export function dueEvents(
  store: Store,
  clock: Clock,
  until: LocalDate,
  settings?: ScheduleSettings,
): DueEvent[] {
  const day = today(clock);
  const events: DueEvent[] = [];
  for (const { row, schedule } of eachScheduledNote(store, clock, settings)) {
    if (schedule.due === null || schedule.due > until) continue;
    events.push({
      noteId: row.id,
      path: row.path,
      title: row.title,
      subject: row.subject,
      stage: schedule.stage,
      date: schedule.due < day ? day : schedule.due,
      cards: row.cardCount,
    });
  }
  return events;
}
