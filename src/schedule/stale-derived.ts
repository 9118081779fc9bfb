/**
 * Which derived values of a note are stale — the one rule `regen`, `regen --check` (from the index
 * or from the file) and every write share (DESIGN §5): a value is stale when the note holds another
 * value than the one due now, except a value that only the clock changed within the same day, such
 * as the time of day in `오늘1` (`오후 2:01` → `오후 2:07`). That one counts as current, and is
 * refreshed only when the note is written for another reason, so `regen` does not churn every note
 * each minute and `regen --check` a minute after `regen` finds nothing.
 */
import type { DerivedFormat, Profile } from '../note/profile.js';
import type { Clock } from '../time/clock.js';
import { startOfLocalDay, addDays, today } from '../time/clock.js';
import { formatNow } from '../time/format-time.js';

/** What a note holds for a key: a scalar, null for a collection, undefined when the key is absent. */
export type Held = string | number | boolean | null | undefined;

/** Tokens of date-fns patterns that read the time of day (outside quoted literals). */
const TIME_TOKENS = /[aBbHhKkmSsX]/;
const SECOND_TOKENS = /[sS]/;

/** A pattern without its quoted literals (`'⏰오늘 : 'yyyy` → `yyyy`; `''` is a quote). */
function tokensOf(pattern: string): string {
  return pattern.replace(/'(?:[^']|'')*'?/g, '');
}

const daysValues = new Map<string, ReadonlySet<string>>();

/**
 * Every text `pattern` gives for an instant of the clock's local day (each minute, or each second
 * when the pattern shows seconds), memoised per day: a few hundred distinct values in ~10 ms.
 */
function valuesOfToday(pattern: string, locale: Profile['locale'], clock: Clock): ReadonlySet<string> {
  const day = today(clock);
  const key = `${day}\0${clock.tz}\0${pattern}\0${locale}`;
  let values = daysValues.get(key);
  if (values === undefined) {
    const step = SECOND_TOKENS.test(tokensOf(pattern)) ? 1000 : 60_000;
    const set = new Set<string>();
    const end = startOfLocalDay(addDays(day, 1), clock.tz).getTime();
    for (let t = startOfLocalDay(day, clock.tz).getTime(); t < end; t += step)
      set.add(formatNow({ now: new Date(t), tz: clock.tz }, pattern, locale));
    if (daysValues.size > 64) daysValues.clear();
    daysValues.set(key, (values = set));
  }
  return values;
}

/** True when `format` is today's date with a time of day: a value the clock alone changes all day. */
export function isTimeOfDay(format: DerivedFormat | undefined): boolean {
  return format?.kind === 'date' && format.of === 'today' && TIME_TOKENS.test(tokensOf(format.pattern));
}

/**
 * True when a note holding `held` for a key whose wanted value is `wanted` needs no write for it:
 * the same value, or (for a time-of-day key) a value of some instant of today.
 */
function current(
  format: DerivedFormat | undefined,
  held: Held,
  wanted: string | boolean,
  p: Profile,
  clock: Clock,
) {
  if (held === wanted) return true;
  if (!isTimeOfDay(format) || typeof held !== 'string' || format?.kind !== 'date') return false;
  return valuesOfToday(format.pattern, p.locale, clock).has(held);
}

/**
 * The keys of `wanted` (derived keys, and any input keys a command changes) that are stale in a
 * note whose values `heldOf` reads: held differently, or absent when `addMissing` asks to add them.
 */
export function staleDerivedKeys(
  profile: Profile,
  heldOf: (key: string) => Held,
  wanted: ReadonlyMap<string, string | boolean>,
  clock: Clock,
  addMissing: boolean,
): string[] {
  const formats = new Map(profile.derived.map((d) => [d.key, d.format]));
  const stale: string[] = [];
  for (const [key, value] of wanted) {
    const held = heldOf(key);
    if (held === undefined ? addMissing : !current(formats.get(key), held, value, profile, clock))
      stale.push(key);
  }
  return stale;
}
