/**
 * Review streaks: runs of consecutive local days with at least one review.
 */
import type { LocalDate } from '../note/types.js';
import { addDays, daysBetween } from '../time/clock.js';

/** Longest run of consecutive days in a sorted list of distinct days. */
function longestRun(sortedDays: readonly LocalDate[]): number {
  let longest = 0;
  let run = 0;
  sortedDays.forEach((day, i) => {
    const prev = sortedDays[i - 1];
    run = prev !== undefined && daysBetween(prev, day) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

function currentRun(daySet: ReadonlySet<LocalDate>, day: LocalDate): number {
  let start = daySet.has(day) ? day : addDays(day, -1);
  let run = 0;
  while (daySet.has(start)) {
    run++;
    start = addDays(start, -1);
  }
  return run;
}

/**
 * The current streak (consecutive review days ending today, or ending yesterday while today has no
 * review yet: the streak is not broken until the day is over) and the longest streak ever.
 */
export function computeStreak(
  reviewDays: Iterable<LocalDate>,
  today: LocalDate,
): { current: number; longest: number } {
  const distinct = [...new Set(reviewDays)].sort();
  return { current: currentRun(new Set(distinct), today), longest: longestRun(distinct) };
}
