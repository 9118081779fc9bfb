/**
 * Fast "which local day is this instant in" for many instants (the zone offset is cached per UTC
 * day in src/time/zone-offset.ts).
 */
import type { LocalDate } from '../note/types.js';
import { today } from '../time/clock.js';

/** A function mapping an instant to its `yyyy-MM-dd` local date in `tz`. */
export function localDayIn(tz: string): (at: Date) => LocalDate {
  return (at) => today({ now: at, tz });
}
