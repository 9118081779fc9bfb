/**
 * Fast "which local day is this instant in" for many instants. Asking Intl once per review made
 * 50 000 reviews take seconds, so the zone offset is cached per UTC day: when the offset at the
 * first and the last millisecond of a UTC day agree, it holds all day (zones change at most once a
 * day); on a transition day each instant asks Intl itself.
 */
import { tzOffset } from '@date-fns/tz';
import type { LocalDate } from '../note/types.js';

const DAY_MS = 86_400_000;

/** A function mapping an instant to its `yyyy-MM-dd` local date in `tz`. */
export function localDayIn(tz: string): (at: Date) => LocalDate {
  const cache = new Map<number, number | null>();
  const offsetOn = (utcDay: number): number | null => {
    let offset = cache.get(utcDay);
    if (offset === undefined) {
      const first = tzOffset(tz, new Date(utcDay * DAY_MS));
      const last = tzOffset(tz, new Date(utcDay * DAY_MS + DAY_MS - 1));
      offset = first === last ? first : null;
      cache.set(utcDay, offset);
    }
    return offset;
  };
  return (at) => {
    const t = at.getTime();
    const offset = offsetOn(Math.floor(t / DAY_MS)) ?? tzOffset(tz, at);
    return new Date(t + offset * 60_000).toISOString().slice(0, 10);
  };
}
