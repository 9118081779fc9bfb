/**
 * Zone offsets, fast. Creating a TZDate asks Intl for the offset every time (tens of µs), and the
 * schedule asks for thousands of notes per command; so the offset is cached per zone and UTC day:
 * when the offsets at the first and last millisecond of a UTC day agree, it holds all day (zones
 * change at most once a day); on a transition day each instant asks Intl itself.
 */
import { tzOffset } from '@date-fns/tz';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const caches = new Map<string, Map<number, number | null>>();

function cacheFor(tz: string): Map<number, number | null> {
  let cache = caches.get(tz);
  if (!cache) caches.set(tz, (cache = new Map()));
  if (cache.size > 20_000) cache.clear();
  return cache;
}

/** Minutes to add to UTC to get the local time in `tz` at the instant `ms`. */
export function offsetMinutes(tz: string, ms: number): number {
  const cache = cacheFor(tz);
  const day = Math.floor(ms / DAY_MS);
  let offset = cache.get(day);
  if (offset === undefined) {
    const first = tzOffset(tz, new Date(day * DAY_MS));
    const last = tzOffset(tz, new Date(day * DAY_MS + DAY_MS - 1));
    offset = first === last ? first : null;
    cache.set(day, offset);
  }
  return offset ?? tzOffset(tz, new Date(ms));
}

/** The local clock reading of the instant `ms` in `tz`, as milliseconds of a UTC-based epoch. */
export function toLocalMs(tz: string, ms: number): number {
  return ms + offsetMinutes(tz, ms) * MINUTE_MS;
}

/**
 * The instant at which the clocks in `tz` read `localMs` (inverse of toLocalMs). A reading that
 * falls in a spring-forward gap maps to the instant after the gap, as TZDate does.
 */
export function fromLocalMs(tz: string, localMs: number): number {
  const guess = localMs - offsetMinutes(tz, localMs) * MINUTE_MS;
  const corrected = localMs - offsetMinutes(tz, guess) * MINUTE_MS;
  return toLocalMs(tz, corrected) === localMs ? corrected : Math.max(guess, corrected);
}
