/** The notes `bokseup due` lists: due on or before a day, sorted by due date then path. */
import type { Stage } from '../note/types.js';
import type { ScheduleSettings } from '../schedule/schedule-settings.js';
import type { Store } from '../store/store.js';
import { addDays, today, type Clock } from '../time/clock.js';
import { eachScheduledNote, type ScheduledNote } from './scheduled-notes.js';

/** One row of `due --json` (DESIGN §4). */
export interface DueItem {
  path: string;
  title: string;
  subject: string | null;
  stage: Stage;
  due: string;
  overdueDays: number;
  cards: number;
}

/** Notes due on or before `until`, sorted by due date then path (the notes may come one by one). */
export function dueItems(notes: Iterable<ScheduledNote>, until: string): DueItem[] {
  const items: DueItem[] = [];
  for (const { row, schedule } of notes) {
    const due = schedule.due;
    if (due === null || !(schedule.isDue || due <= until)) continue;
    items.push({
      path: row.path,
      title: row.title,
      subject: row.subject,
      stage: schedule.stage,
      due,
      overdueDays: schedule.overdueDays,
      cards: row.cardCount,
    });
  }
  return items.sort((a, b) =>
    a.due === b.due ? (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) : a.due < b.due ? -1 : 1,
  );
}

/** The notes of `store` due today or within `days` days of the clock's day. */
export function listDue(store: Store, clock: Clock, days: number, settings?: ScheduleSettings): DueItem[] {
  return dueItems(eachScheduledNote(store, clock, settings), addDays(today(clock), days));
}
