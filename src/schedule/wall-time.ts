/**
 * "Wall time": an instant re-expressed as a Date whose UTC fields equal the local clock reading in
 * a zone. ts-fsrs counts elapsed days between UTC calendar dates; handing it wall times makes that
 * count the user's local calendar days (a review at 08:00 in Seoul is still "that day", not the
 * previous UTC day). Hand-written because neither ts-fsrs nor @date-fns/tz offers this shift.
 */
import { fromLocalMs, toLocalMs } from '../time/zone-offset.js';

/** The local clock reading of `instant` in `tz`, stored in the UTC fields of a Date. */
export function toWallTime(instant: Date, tz: string): Date {
  return new Date(toLocalMs(tz, instant.getTime()));
}

/** The instant at which the clocks in `tz` read the UTC fields of `wall` (inverse of `toWallTime`). */
export function fromWallTime(wall: Date, tz: string): Date {
  return new Date(fromLocalMs(tz, wall.getTime()));
}
