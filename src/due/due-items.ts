/** The notes `bokseup due` lists: due on or before a day, sorted by due date then path. */
import type { Stage } from '../note/types.js';
import type { ScheduleSettings } from '../schedule/schedule-settings.js';
import type { Store } from '../store/store.js';
import { addDays, today, type Clock } from '../time/clock.js';
import { dueCardCounts } from './due-card-count.js';
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

/**
 * Notes due on or before `until`, sorted by due date then path (the notes may come one by one).
 * `onItem` sees each item with its note as it is made (to fix its card count afterwards).
 */
export function dueItems(
  notes: Iterable<ScheduledNote>,
  until: string,
  onItem?: (item: DueItem, note: ScheduledNote) => void,
): DueItem[] {
  const items: DueItem[] = [];
  for (const note of notes) {
    const { row, schedule } = note;
    const due = schedule.due;
    if (due === null || !(schedule.isDue || due <= until)) continue;
    const item: DueItem = {
      path: row.path,
      title: row.title,
      subject: row.subject,
      stage: schedule.stage,
      due,
      overdueDays: schedule.overdueDays,
      cards: row.cardCount,
    };
    items.push(item);
    onItem?.(item, note);
  }
  return items.sort((a, b) =>
    a.due === b.due ? (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) : a.due < b.due ? -1 : 1,
  );
}

/**
 * The notes of `store` due today or within `days` days of the clock's day; a long-term note counts
 * the cards its review will show (those due by its day), not all its cards.
 */
export function listDue(store: Store, clock: Clock, days: number, settings?: ScheduleSettings): DueItem[] {
  const day = today(clock);
  const longTerm: [DueItem, ScheduledNote][] = [];
  const items = dueItems(eachScheduledNote(store, clock, settings), addDays(day, days), (item, note) => {
    if (note.schedule.stage === 'long-term') longTerm.push([item, note]);
  });
  const on = longTerm.map(([item, note]): [ScheduledNote, string] => [note, item.due < day ? day : item.due]);
  dueCardCounts(store, on, day, clock.tz).forEach((n, i) => {
    const entry = longTerm[i];
    if (entry) entry[0].cards = n;
  });
  return items;
}
