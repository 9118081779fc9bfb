/**
 * Formatting of times and dates with date-fns tokens (the profile's derived fields). Kept apart from
 * clock.ts so that commands which only compare dates (due, review) never load date-fns.
 *
 * Both are memoised: `regen --check` derives ~20 values for each of 10 000 notes, but a vault holds a
 * few hundred distinct dates and one "now", and date-fns' `format` with a zoned date costs tens of
 * microseconds (1.2 s of a 1.5 s `regen --check` before; its target is 3× a warm `due`).
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { ko } from 'date-fns/locale/ko';
import { dateParts, type Clock, type LocalDate } from './clock.js';

type Locale = 'ko' | 'en';

const MAX_ENTRIES = 50_000;
const formatted = new Map<string, string>();

/** `compute()` once per key (the cache is emptied when it grows past MAX_ENTRIES). */
function memo(key: string, compute: () => string): string {
  let value = formatted.get(key);
  if (value === undefined) {
    if (formatted.size >= MAX_ENTRIES) formatted.clear();
    formatted.set(key, (value = compute()));
  }
  return value;
}

/** Format the clock's instant in its zone with date-fns tokens. */
export function formatNow(clock: Clock, pattern: string, locale: Locale): string {
  const ms = clock.now.getTime();
  return memo(`now\0${ms}\0${clock.tz}\0${pattern}\0${locale}`, () =>
    format(new TZDate(ms, clock.tz), pattern, { locale: locale === 'ko' ? ko : enUS }),
  );
}

/** Format a calendar date with date-fns tokens (time tokens read midnight). */
export function formatDate(d: LocalDate, pattern: string, locale: Locale): string {
  return memo(`date\0${d}\0${pattern}\0${locale}`, () => {
    const [y, m, day] = dateParts(d);
    return format(new Date(y, m - 1, day), pattern, { locale: locale === 'ko' ? ko : enUS });
  });
}
