/**
 * Formatting of times and dates with date-fns tokens (the profile's derived fields). Kept apart from
 * clock.ts so that commands which only compare dates (due, review) never load date-fns.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { ko } from 'date-fns/locale/ko';
import { dateParts, type Clock, type LocalDate } from './clock.js';

/** Format the clock's instant in its zone with date-fns tokens. */
export function formatNow(clock: Clock, pattern: string, locale: 'ko' | 'en'): string {
  return format(new TZDate(clock.now.getTime(), clock.tz), pattern, { locale: locale === 'ko' ? ko : enUS });
}

/** Format a calendar date with date-fns tokens (time tokens read midnight). */
export function formatDate(d: LocalDate, pattern: string, locale: 'ko' | 'en'): string {
  const [y, m, day] = dateParts(d);
  const local = new Date(y, m - 1, day);
  return format(local, pattern, { locale: locale === 'ko' ? ko : enUS });
}
