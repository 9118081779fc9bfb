/**
 * The schedule of every note in the store on the clock's day: the shared basis of `due`, `review`,
 * `stats` and `calendar`. One query for the notes; the review history is read only for notes in
 * the extra status (to know whether they were already reviewed today).
 */
import { PROFILES, profileById, type Profile } from '../note/profile.js';
import type { LocalDate } from '../note/types.js';
import { memoryFromHistory } from '../schedule/fsrs.js';
import { scheduleNote, type NoteSchedule } from '../schedule/milestones.js';
import { DEFAULT_SCHEDULE, type ScheduleSettings } from '../schedule/schedule-settings.js';
import type { NoteRow } from '../store/rows.js';
import type { Store } from '../store/store.js';
import { localDateOf, type Clock } from '../time/clock.js';

export interface ScheduledNote {
  row: NoteRow & { fields: NonNullable<NoteRow['fields']> };
  profile: Profile;
  schedule: NoteSchedule;
  /** The vault's FSRS settings the schedule was made with (the review grades with them too). */
  settings: ScheduleSettings;
  /** Local day of the note's latest Again, for a note in extra review (else null). */
  lastAgainOn: LocalDate | null;
}

/**
 * Long-term due day of a note: the earliest stored card memory; cards never reviewed in the
 * long-term phase start from the first study date (counted as their first learning).
 */
function longTermDue(row: NoteRow, tz: string, retention: number): LocalDate | null {
  if (row.cardCount === 0 || row.firstStudy === null) return null;
  return row.nextCardDue === null
    ? firstLearningDay(row.firstStudy, tz, retention)
    : localDateOf(row.nextCardDue, tz);
}

/** Per zone and retention, per first study date: the due day of a card whose only history is its first study. */
const firstLearning = new Map<string, Map<LocalDate, LocalDate>>();

/** Due day of a card whose only history is its first study (the same for every such card of a day). */
export function firstLearningDay(
  firstStudy: LocalDate,
  tz: string,
  retention: number = DEFAULT_SCHEDULE.retention,
): LocalDate {
  const key = `${tz} ${retention}`;
  let days = firstLearning.get(key);
  if (days === undefined) firstLearning.set(key, (days = new Map()));
  let day = days.get(firstStudy);
  if (day === undefined)
    days.set(firstStudy, (day = localDateOf(memoryFromHistory(firstStudy, tz, [], retention).due, tz)));
  return day;
}

/** The status value that puts a note of each profile in extra review. */
const EXTRA_STATUSES = PROFILES.map((p) => p.statusValues.extra);

/**
 * Schedules of every note that parses (notes with errors are skipped; ingest reported them), in
 * path order, one at a time: `due` keeps a few fields of each, and the rest dies young.
 */
export function* eachScheduledNote(
  store: Store,
  clock: Clock,
  settings: ScheduleSettings = DEFAULT_SCHEDULE,
): Generator<ScheduledNote> {
  // Extra-status notes need their latest Again (they are due the day after): one query for all,
  // before the listing (which keeps the connection busy until it ends).
  const lastAgains = store.history.lastAgainsWithStatus(EXTRA_STATUSES);
  const tz = clock.tz;
  for (const row of store.notes.each()) {
    if (row.fields === null || row.errors !== null) continue;
    const profile = profileById(row.profileId);
    const fields = row.fields;
    const extra = fields.status !== null && fields.status === profile.statusValues.extra;
    const last = extra ? lastAgains.get(row.id) : undefined;
    const lastAgainOn = last === undefined ? null : localDateOf(last, tz);
    const due = longTermDue(row, tz, settings.retention);
    const schedule = scheduleNote(fields, profile, clock, due, lastAgainOn);
    yield { row: row as ScheduledNote['row'], profile, schedule, settings, lastAgainOn }; // fields checked non-null above
  }
}

/** Schedules of every note that parses, in path order. */
export function scheduleNotes(
  store: Store,
  clock: Clock,
  settings: ScheduleSettings = DEFAULT_SCHEDULE,
): ScheduledNote[] {
  return [...eachScheduledNote(store, clock, settings)];
}
