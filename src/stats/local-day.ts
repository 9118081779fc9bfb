/** "Which local day is this instant in", for many instants (stats groups every review by day). */
import type { LocalDate } from '../note/types.js';
import { localDateOf } from '../time/clock.js';

/** A function mapping an instant to its `yyyy-MM-dd` local date in `tz`. */
export function localDayIn(tz: string): (at: Date) => LocalDate {
  return (at) => localDateOf(at, tz);
}
