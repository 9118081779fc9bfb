/**
 * The schedule of every note in the store on the clock's day: the shared basis of `due`, `review`,
 * `stats` and `calendar`. One query for the notes; the review history is read only for notes in
 * the extra status (to know whether they were already reviewed today).
 */
import { profileById, type Profile } from '../note/profile.js';
import type { LocalDate } from '../note/types.js';
import { memoryFromHistory } from '../schedule/fsrs.js';
import { scheduleNote, type NoteSchedule } from '../schedule/milestones.js';
import type { NoteRow } from '../store/rows.js';
import type { Store } from '../store/store.js';
import { localDateOf, type Clock } from '../time/clock.js';

export interface ScheduledNote {
  row: NoteRow & { fields: NonNullable<NoteRow['fields']> };
  profile: Profile;
  schedule: NoteSchedule;
}

/**
 * Long-term due day of a note: the earliest stored card memory; cards never reviewed in the
 * long-term phase start from the first study date (counted as their first learning).
 */
export function longTermDue(row: NoteRow, tz: string): LocalDate | null {
  if (row.cardCount === 0 || row.firstStudy === null) return null;
  return row.nextCardDue === null ? firstLearningDay(row.firstStudy, tz) : localDateOf(row.nextCardDue, tz);
}

const firstLearning = new Map<string, LocalDate>();

/** Due day of a card whose only history is its first study (the same for every such card of a day). */
function firstLearningDay(firstStudy: LocalDate, tz: string): LocalDate {
  const key = `${firstStudy}|${tz}`;
  let day = firstLearning.get(key);
  if (day === undefined)
    firstLearning.set(key, (day = localDateOf(memoryFromHistory(firstStudy, tz, []).due, tz)));
  return day;
}

/** Schedules of every note that parses (notes with errors are skipped; ingest reported them). */
export function scheduleNotes(store: Store, clock: Clock): ScheduledNote[] {
  const out: ScheduledNote[] = [];
  for (const row of store.listNotes()) {
    if (row.fields === null || row.errors !== null) continue;
    const profile = profileById(row.profileId);
    const fields = row.fields;
    const extra = fields.status !== null && fields.status === profile.statusValues.extra;
    const last = extra ? store.lastReviewedOn(row.id) : null;
    const lastDay = last === null ? null : localDateOf(last, clock.tz);
    const schedule = scheduleNote(fields, profile, clock, longTermDue(row, clock.tz), lastDay);
    out.push({ row: row as ScheduledNote['row'], profile, schedule }); // fields checked non-null above
  }
  return out;
}
