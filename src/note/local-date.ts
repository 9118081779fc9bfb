/**
 * Reading the first-study date as the user typed it. The YAML core schema keeps an unquoted
 * `2024-08-08` a string (never a Date), so every accepted form is text.
 */
import { isLocalDate } from '../time/clock.js';
import type { LocalDate } from './types.js';

const FORMS = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/];

/**
 * The calendar date in `text` as `yyyy-MM-dd`, or null when it is not one. Accepted:
 * `yyyy-MM-dd` and `yyyy/MM/dd` (one-digit month and day allowed), surrounding spaces ignored.
 * Impossible dates (`2024-02-30`, `2024-13-45`) are null.
 */
export function parseLocalDate(text: string): LocalDate | null {
  const trimmed = text.trim();
  for (const form of FORMS) {
    const m = form.exec(trimmed);
    if (!m) continue;
    const date = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
    return isLocalDate(date) ? date : null;
  }
  return null;
}

function pad(part: string | undefined): string {
  return (part ?? '').padStart(2, '0');
}
