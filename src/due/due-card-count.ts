/**
 * How many cards a note's review on a day shows: all of them in the milestones and in extra review;
 * in the long-term phase the cards FSRS has due by that day (what the review queues), so `due` and
 * the calendar say the number the review will show.
 */
import type { LocalDate } from '../note/types.js';
import type { Store } from '../store/store.js';
import { addDays, startOfLocalDay } from '../time/clock.js';
import { firstLearningDay, type ScheduledNote } from './scheduled-notes.js';

type Counts = { dated: number; undated: number };

function count(note: ScheduledNote, day: LocalDate, tz: string, { dated, undated }: Counts): number {
  return (
    dated + (firstLearningDay(note.row.fields.firstStudy, tz, note.settings.retention) <= day ? undated : 0)
  );
}

/** The cards the review of `note` on `day` shows (query after any iteration of the notes ends). */
export function dueCardCount(store: Store, note: ScheduledNote, day: LocalDate, tz: string): number {
  if (note.schedule.stage !== 'long-term') return note.row.cardCount;
  return count(note, day, tz, store.notes.cardsDueBefore(note.row.id, startOfLocalDay(addDays(day, 1), tz)));
}

/**
 * `dueCardCount` of many notes, each on its day: the ones on `today` (every late one) from one pass
 * over the due index, the others (later days of a `--days` window) one query each.
 */
export function dueCardCounts(
  store: Store,
  notes: readonly [note: ScheduledNote, day: LocalDate][],
  today: LocalDate,
  tz: string,
): number[] {
  const onToday = notes.some(([, day]) => day === today);
  const all = onToday ? store.notes.allCardsDueBefore(startOfLocalDay(addDays(today, 1), tz)) : null;
  return notes.map(([note, day]) => {
    const counts = day === today ? all?.get(note.row.id) : undefined;
    return counts === undefined ? dueCardCount(store, note, day, tz) : count(note, day, tz, counts);
  });
}
