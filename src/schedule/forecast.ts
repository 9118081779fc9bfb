/**
 * How many notes fall due on each of the coming days, for the review start screen and `stats`.
 */
import type { LocalDate } from '../note/types.js';
import { addDays, daysBetween } from '../time/clock.js';

/** Count of due notes on one day. */
export interface ForecastDay {
  date: LocalDate;
  count: number;
}

/**
 * One entry per day from `today` for `days` days. Overdue notes count on today; notes without a
 * due date or due after the window are left out.
 */
export function forecast(
  schedules: readonly { due: LocalDate | null }[],
  today: LocalDate,
  days = 7,
): ForecastDay[] {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`forecast days must be a positive integer, got ${days}`);
  const counts = new Array<number>(days).fill(0);
  for (const { due } of schedules) {
    if (due === null) continue;
    const offset = Math.max(0, daysBetween(today, due));
    if (offset < days) counts[offset] = (counts[offset] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ date: addDays(today, i), count }));
}
