/**
 * Read the review inputs of a note (first-study date, subject, milestone flags, long-term flag,
 * status) from its frontmatter, through the profile's key names.
 *
 * Decisions, documented for the user:
 * - The first-study date is required: missing or empty → `first-study-missing`; not a real
 *   `yyyy-MM-dd` / `yyyy/MM/dd` date → `first-study-invalid`; a date whose 14-day review would
 *   fall after 9999-12-31 (so from 9999-12-18 on) → `first-study-out-of-range`. All fatal.
 * - Flags are YAML booleans. The strings `"true"` / `"false"` (any case, quoted) are tolerated
 *   because Notion exports and hand edits produce them; an empty value (`key:`) counts as false,
 *   like an unticked Obsidian checkbox. Anything else (`3`, `yes-ish`, a list) → fatal `wrong-type`.
 * - A missing flag key counts as false, with a non-fatal `key-missing` warning: reviews never add
 *   keys (§5), so such a milestone can never be recorded in the note until the key is restored.
 * - Subject and status are strings (numbers are turned into text); null when absent or empty. A
 *   list or map there is a non-fatal `wrong-type` warning and reads as null: scheduling does not
 *   need them.
 */
import type { Diagnostic } from './diagnostic.js';
import { diagnostic } from './diagnostic.js';
import type { Frontmatter, FrontmatterEntry } from './frontmatter.js';
import { parseLocalDate } from './local-date.js';
import { LAST_DATE, addDays } from '../time/clock.js';
import type { Profile } from './profile.js';
import type { LocalDate, Milestone, NoteFields } from './types.js';
import { MILESTONES, MILESTONE_DAYS } from './types.js';

/** The last first-study date whose milestones all fall on a date `yyyy-MM-dd` can write. */
export const LATEST_FIRST_STUDY: LocalDate = addDays(LAST_DATE, -MILESTONE_DAYS.d14);

/** Result of {@link readFields}: fields are null when a fatal diagnostic was found. */
export interface FieldsResult {
  fields: NoteFields | null;
  diagnostics: Diagnostic[];
}

/** Read the note's review fields. `file` names the note in diagnostics. */
export function readFields(file: string, frontmatter: Frontmatter, profile: Profile): FieldsResult {
  const diagnostics: Diagnostic[] = [];
  const get = (key: string): FrontmatterEntry | undefined => frontmatter.entries.get(key);
  const firstStudy = readFirstStudy(file, get(profile.keys.firstStudy), profile.keys.firstStudy, diagnostics);
  const done = {} as Record<Milestone, boolean>;
  for (const m of MILESTONES) done[m] = readFlag(file, get(profile.keys[m]), profile.keys[m], diagnostics);
  const longTerm = readFlag(file, get(profile.keys.longTerm), profile.keys.longTerm, diagnostics);
  const subject = readText(file, get(profile.keys.subject), diagnostics);
  const status = readText(file, get(profile.keys.status), diagnostics);
  if (firstStudy === null || diagnostics.some((d) => d.fatal)) return { fields: null, diagnostics };
  return { fields: { firstStudy, subject, done, longTerm, status }, diagnostics };
}

function readFirstStudy(
  file: string,
  entry: FrontmatterEntry | undefined,
  key: string,
  out: Diagnostic[],
): LocalDate | null {
  if (entry === undefined || entry.value === null || entry.value === '') {
    const line = entry?.line ?? 1;
    out.push(
      diagnostic(file, line, 'first-study-missing', `first study date "${key}" is missing (yyyy-MM-dd)`),
    );
    return null;
  }
  const date = typeof entry.value === 'string' ? parseLocalDate(entry.value) : null;
  if (date === null) {
    const shown = entry.value === undefined ? 'a list or map' : JSON.stringify(entry.value);
    out.push(
      diagnostic(
        file,
        entry.line,
        'first-study-invalid',
        `first study date "${key}" is not a date: ${shown} (expected yyyy-MM-dd, e.g. 2024-08-08)`,
      ),
    );
  } else if (date > LATEST_FIRST_STUDY) {
    const message = `first study date "${key}" is ${date}: its 14-day review would fall after ${LAST_DATE} (use ${LATEST_FIRST_STUDY} or earlier)`;
    out.push(diagnostic(file, entry.line, 'first-study-out-of-range', message));
    return null;
  }
  return date;
}

function readFlag(
  file: string,
  entry: FrontmatterEntry | undefined,
  key: string,
  out: Diagnostic[],
): boolean {
  if (entry === undefined) {
    const message = `key "${key}" is missing: read as false, and a review cannot record it in the note`;
    out.push(diagnostic(file, 1, 'key-missing', message, false));
    return false;
  }
  const value = entry.value;
  if (typeof value === 'boolean') return value;
  if (value === null) return false;
  if (typeof value === 'string' && /^\s*(true|false)\s*$/i.test(value))
    return value.trim().toLowerCase() === 'true';
  out.push(
    diagnostic(file, entry.line, 'wrong-type', `"${key}" must be true or false, found ${describe(value)}`),
  );
  return false;
}

function readText(file: string, entry: FrontmatterEntry | undefined, out: Diagnostic[]): string | null {
  if (entry === undefined || entry.value === null) return null;
  const value = entry.value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const message = `"${entry.key}" should be text, found ${describe(value)}; ignored`;
  out.push(diagnostic(file, entry.line, 'wrong-type', message, false));
  return null;
}

function describe(value: unknown): string {
  if (value === undefined) return 'a list or map';
  return `${typeof value === 'string' ? 'text' : typeof value} ${JSON.stringify(value)}`;
}
