/**
 * The iCalendar (RFC 5545) export of reviews: one VEVENT with a VALARM per known review, so a
 * phone calendar can import or subscribe to the file and remind the user (the note's `### 복습알림`
 * section asks for exactly this); a review that no longer happens is a CANCELLED event with the
 * same UID. Pure: events and the current instant in, text out.
 */
import type { LocalDate, Stage } from '../note/types.js';
import { buildVTimezone } from './build-vtimezone.js';
import { escapeText } from './escape-text.js';
import { foldLine } from './fold-line.js';
import { overdueLabel, stageLabel } from '../schedule/stage-label.js';
import type { LabelLang } from '../schedule/stage-label.js';

/** One review of one note, as the schedule reports it, with its place in the export history. */
export interface DueEvent {
  /** The note's stable identity (survives renames). */
  noteId: string;
  /** Path relative to the vault, `/`-separated. */
  path: string;
  title: string;
  subject: string | null;
  /** Which review: a milestone, `long-term` or `extra` (with the note id, the UID). */
  stage: Stage;
  /** The local date the review is due. */
  date: LocalDate;
  /** Number of cards the review will show. */
  cards: number;
  /** Days the review is late (it is then on today), 0 or absent when not. */
  overdueDays?: number;
  /** Language of the note's profile, for the SUMMARY's stage label (default: the calendar's). */
  lang?: LabelLang;
  /** RFC 5545 SEQUENCE: how often the event was revised since its first export (default 0). */
  sequence?: number;
  /** When the event was last revised (LAST-MODIFIED); absent: not written. */
  lastModified?: Date;
  /** The review no longer happens: STATUS:CANCELLED, no alarm. */
  cancelled?: boolean;
}

export interface CalendarOptions {
  /** The current instant: becomes every DTSTAMP. */
  now: Date;
  /** IANA zone of DTSTART/DTEND; a VTIMEZONE for it is embedded. */
  tz: string;
  /** PRODID value; default `-//bokseup//bokseup//KO`. */
  productId?: string;
  /** Minutes before the event start the alarm fires; default 10. */
  alarmMinutesBefore?: number;
  /**
   * Local hour (0–23) at which each review event starts; default 9. Times are written as wall
   * time with TZID, so a start inside a DST gap (02:00 on a spring-forward day) is resolved by the
   * calendar app, which moves it forward.
   */
  reviewHour?: number;
  /** Minute (0–59) of that hour; default 0 (`calendar.time: "07:30"` is hour 7, minute 30). */
  reviewMinute?: number;
  /** Length of each event in minutes (1–60); default 30. */
  durationMinutes?: number;
  /** Language of stage labels in SUMMARY; default `ko`. */
  lang?: LabelLang;
  /** X-WR-CALNAME; default `bokseup 복습`. */
  calendarName?: string;
}

type Resolved = Required<Omit<CalendarOptions, 'now' | 'tz'>> & { now: Date; tz: string; stamp: string };

const CRLF = '\r\n';

function resolve(opts: CalendarOptions): Resolved {
  if (Number.isNaN(opts.now.getTime())) throw new RangeError('now is not a valid date');
  const r: Resolved = {
    now: opts.now,
    stamp: utcStamp(opts.now),
    tz: opts.tz,
    productId: opts.productId ?? '-//bokseup//bokseup//KO',
    alarmMinutesBefore: opts.alarmMinutesBefore ?? 10,
    reviewHour: opts.reviewHour ?? 9,
    reviewMinute: opts.reviewMinute ?? 0,
    durationMinutes: opts.durationMinutes ?? 30,
    lang: opts.lang ?? 'ko',
    calendarName: opts.calendarName ?? 'bokseup 복습',
  };
  const int = (n: number, lo: number, hi: number): boolean => Number.isInteger(n) && n >= lo && n <= hi;
  if (!int(r.reviewHour, 0, 23)) throw new RangeError(`reviewHour must be 0–23, got ${r.reviewHour}`);
  if (!int(r.reviewMinute, 0, 59)) throw new RangeError(`reviewMinute must be 0–59, got ${r.reviewMinute}`);
  if (!int(r.durationMinutes, 1, 60)) throw new RangeError(`durationMinutes must be 1–60`);
  if (!int(r.alarmMinutesBefore, 0, 40320)) throw new RangeError(`alarmMinutesBefore must be 0–40320`);
  return r;
}

/**
 * The event's UID: `<noteId>-<stage>@bokseup`, the same for that note and that milestone (or
 * `long-term`, `extra`) forever, so re-importing the file or a subscription updates the event
 * (a moved long-term review moves it) instead of duplicating it.
 */
export function eventUid(e: Pick<DueEvent, 'noteId' | 'stage'>): string {
  return `${e.noteId}-${e.stage}@bokseup`;
}

function utcStamp(d: Date): string {
  return d.toISOString().slice(0, 19).replace(/[-:]/g, '') + 'Z';
}

function localStamp(date: LocalDate, minutesOfDay: number): string {
  const hh = String(Math.floor(minutesOfDay / 60)).padStart(2, '0');
  const mm = String(minutesOfDay % 60).padStart(2, '0');
  return `${date.replace(/-/g, '')}T${hh}${mm}00`;
}

function description(e: DueEvent): string {
  const late = e.overdueDays ?? 0;
  return [
    `단계 / stage: ${stageLabel(e.stage, 'ko')} (${e.stage})`,
    ...(late > 0 ? [`${overdueLabel(late, 'ko')} / ${overdueLabel(late, 'en')}`] : []),
    `카드 / cards: ${e.cards}`,
    `노트 / note: ${e.path}`,
    `bokseup review --note "${e.path}"`,
  ].join('\n');
}

function alarmLines(summary: string, r: Resolved): string[] {
  const trigger = r.alarmMinutesBefore === 0 ? 'PT0M' : `-PT${r.alarmMinutesBefore}M`;
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${trigger}`,
    `DESCRIPTION:${escapeText(summary)}`,
    'END:VALARM',
  ];
}

function eventLines(e: DueEvent, r: Resolved): string[] {
  const start = r.reviewHour * 60 + r.reviewMinute;
  const end = Math.min(start + r.durationMinutes, 24 * 60 - 1);
  const summary = `복습: ${e.title} (${stageLabel(e.stage, e.lang ?? r.lang)})`;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(eventUid(e))}`,
    `DTSTAMP:${r.stamp}`,
    ...(e.lastModified ? [`LAST-MODIFIED:${utcStamp(e.lastModified)}`] : []),
    `SEQUENCE:${e.sequence ?? 0}`,
    `STATUS:${e.cancelled === true ? 'CANCELLED' : 'CONFIRMED'}`,
    `DTSTART;TZID=${r.tz}:${localStamp(e.date, start)}`,
    `DTEND;TZID=${r.tz}:${localStamp(e.date, end)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description(e))}`,
    ...(e.subject ? [`CATEGORIES:${escapeText(e.subject)}`] : []),
    'TRANSP:TRANSPARENT',
    ...(e.cancelled === true ? [] : alarmLines(summary, r)),
    'END:VEVENT',
  ];
}

/** Events sorted by date, path, stage; a repeated UID keeps its earliest event. */
function orderedEvents(events: readonly DueEvent[]): DueEvent[] {
  const sorted = [...events].sort(
    (a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path) || a.stage.localeCompare(b.stage),
  );
  const byUid = new Map<string, DueEvent>();
  for (const e of sorted) if (!byUid.has(eventUid(e))) byUid.set(eventUid(e), e);
  return [...byUid.values()];
}

function yearRange(events: readonly DueEvent[], now: Date): { from: number; to: number } {
  const years = [now.getUTCFullYear(), ...events.map((e) => Number(e.date.slice(0, 4)))];
  return { from: Math.min(...years), to: Math.max(...years) };
}

/**
 * Build the `.ics` text: VCALENDAR (VERSION 2.0, PRODID, CALSCALE GREGORIAN, METHOD PUBLISH,
 * X-WR-CALNAME, X-WR-TIMEZONE), a VTIMEZONE for `opts.tz`, and one VEVENT per review starting at
 * `reviewHour` local time, with SEQUENCE and STATUS, and a display alarm unless it is cancelled.
 * DTSTAMP is `now` (the object's creation, as RFC 5545 wants when METHOD is present). Lines are
 * folded at 75 octets and end in CRLF.
 * Throws RangeError for an unknown zone or out-of-range options.
 */
export function buildCalendar(events: readonly DueEvent[], opts: CalendarOptions): string {
  const r = resolve(opts);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${r.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(r.calendarName)}`,
    `X-WR-TIMEZONE:${r.tz}`,
    ...buildVTimezone(r.tz, yearRange(events, r.now)),
    ...orderedEvents(events).flatMap((e) => eventLines(e, r)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
