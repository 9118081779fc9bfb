/**
 * `calendar`'s job: the `.ics` of every review known from today to `until`, made to follow the
 * events the earlier exports put in the learner's calendar. An event keeps its UID; when its date
 * or text changed since the last export its SEQUENCE goes up and LAST-MODIFIED moves; an event of
 * an earlier export that no longer happens (the review was done, the note is gone) and whose day is
 * not past is exported CANCELLED, so an imported copy loses its alarm and a subscription drops it.
 */
import type { LocalDate } from '../note/types.js';
import type { ExportedEvent } from '../store/calendar-queries.js';
import type { Store } from '../store/store.js';
import { today, type Clock } from '../time/clock.js';
import type { ScheduleSettings } from '../schedule/schedule-settings.js';
import { buildCalendar, eventUid, type CalendarOptions, type DueEvent } from './build-calendar.js';
import { dueEvents } from './due-events.js';

/** The export: its text, what it holds, and the rows that record what changed (see `recordExport`). */
export interface CalendarExport {
  ics: string;
  reviews: number;
  cancelled: number;
  /** New and revised events only: an unchanged one is already recorded as it is. */
  rows: ExportedEvent[];
}

/** What an event says, as compared between exports. */
function fingerprint(e: DueEvent): string {
  const { noteId, path, title, subject, stage, date, cards, lang, overdueDays } = e;
  return JSON.stringify({ noteId, path, title, subject, stage, date, cards, lang, overdueDays });
}

/**
 * The event as this export writes it, and its row when it is new or differs from the last export
 * (null when it is the same).
 */
function revise(e: DueEvent, last: ExportedEvent | undefined, now: Date): [DueEvent, ExportedEvent | null] {
  const print = fingerprint(e);
  const same = last !== undefined && last.fingerprint === print && last.cancelled === (e.cancelled === true);
  const sequence = last === undefined ? 0 : same ? last.sequence : last.sequence + 1;
  const modifiedAt = same ? last.modifiedAt : now;
  const row = { uid: eventUid(e), noteId: e.noteId, date: e.date, fingerprint: print, sequence, modifiedAt };
  return [
    { ...e, sequence, lastModified: modifiedAt },
    same ? null : { ...row, cancelled: e.cancelled === true },
  ];
}

/** Earlier events that no longer happen and whose day is today or later, as cancelled events. */
function cancellations(
  exported: ReadonlyMap<string, ExportedEvent>,
  live: ReadonlySet<string>,
  day: LocalDate,
) {
  const out: { event: DueEvent; last: ExportedEvent }[] = [];
  for (const last of exported.values()) {
    if (live.has(last.uid) || last.date < day) continue;
    const was = JSON.parse(last.fingerprint) as DueEvent;
    out.push({ event: { ...was, cancelled: true }, last });
  }
  return out;
}

/** How the events look (time of day, alarm) and how the notes are scheduled. */
export interface ExportOptions {
  settings?: ScheduleSettings;
  events?: Omit<CalendarOptions, 'now' | 'tz'>;
}

/** Build the export of `store` on `clock` up to `until` (nothing is recorded yet). */
export function exportCalendar(
  store: Store,
  clock: Clock,
  until: LocalDate,
  opts: ExportOptions = {},
): CalendarExport {
  const exported = store.calendar.exported();
  const active = dueEvents(store, clock, until, opts.settings);
  const live = new Set(active.map(eventUid));
  const gone = cancellations(exported, live, today(clock));
  const revised = [
    ...active.map((e) => revise(e, exported.get(eventUid(e)), clock.now)),
    ...gone.map(({ event, last }) => revise(event, last, clock.now)),
  ];
  const events = revised.map(([e]) => e);
  const ics = buildCalendar(events, { ...opts.events, now: clock.now, tz: clock.tz });
  const rows = revised.flatMap(([, row]) => (row === null ? [] : [row]));
  return { ics, reviews: active.length, cancelled: gone.length, rows };
}

/** Remember what an export said, once it was delivered. */
export function recordExport(store: Store, exp: CalendarExport): void {
  store.calendar.save(exp.rows);
}
