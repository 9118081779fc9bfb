/**
 * A VTIMEZONE component generated from the runtime's own zone data (Intl, through
 * `@date-fns/tz`'s `tzScan`/`tzOffset`), covering exactly the years the calendar needs.
 *
 * Choice: rather than shipping a copy of the tz database, the zone's real offset changes in the
 * covered interval are listed as explicit observances (one STANDARD or DAYLIGHT sub-component per
 * change, no RRULE), preceded by one observance for the offset in force at the interval's start.
 * A zone without changes (Asia/Seoul) therefore gets a single fixed STANDARD component; a zone with
 * daylight saving time (America/New_York) gets its exact transitions, which is what RFC 5545 §3.6.5
 * requires and what calendars without their own tz data (or with different data) need.
 * An observance is DAYLIGHT when its offset is above the smallest offset seen in the interval.
 */
import { tzName, tzOffset, tzScan } from '@date-fns/tz';

/** The interval a VTIMEZONE must cover: whole calendar years, inclusive. */
export interface YearRange {
  from: number;
  to: number;
}

interface Observance {
  /** Instant of the onset. */
  at: Date;
  from: number;
  to: number;
}

/** `+0900`, `-0430`, seconds appended when present (`+005328`). */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = Math.floor(abs % 60);
  const s = Math.round((abs * 60) % 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${sign}${pad(h)}${pad(m)}${s ? pad(s) : ''}`;
}

/** Local wall time of an instant under a fixed offset, as an iCalendar DATE-TIME without zone. */
function wallTime(at: Date, offsetMinutes: number): string {
  const iso = new Date(at.getTime() + offsetMinutes * 60_000).toISOString();
  return iso.slice(0, 19).replace(/[-:]/g, '');
}

function observances(tz: string, range: YearRange): Observance[] {
  // Local midnight of 1 January of the first year, so the first observance reads `yyyy0101T000000`.
  const utcNewYear = Date.UTC(range.from, 0, 1);
  const first = tzOffset(tz, new Date(utcNewYear));
  const start = new Date(utcNewYear - first * 60_000);
  const end = new Date(Date.UTC(range.to + 1, 0, 1) + 14 * 3_600_000);
  const list: Observance[] = [{ at: start, from: first, to: first }];
  let previous = first;
  for (const change of tzScan(tz, { start, end })) {
    list.push({ at: change.date, from: previous, to: change.offset });
    previous = change.offset;
  }
  return list;
}

function renderObservance(tz: string, o: Observance, standard: number): string[] {
  const kind = o.to > standard ? 'DAYLIGHT' : 'STANDARD';
  const name = tzName(tz, o.at, 'short');
  return [
    `BEGIN:${kind}`,
    `DTSTART:${wallTime(o.at, o.from)}`,
    `TZOFFSETFROM:${formatOffset(o.from)}`,
    `TZOFFSETTO:${formatOffset(o.to)}`,
    // ICU gives "GMT+9" when the zone has no abbreviation: that is not a name, so leave it out.
    ...(/^(GMT|UTC)[+-]/.test(name) ? [] : [`TZNAME:${name}`]),
    `END:${kind}`,
  ];
}

/**
 * The unfolded content lines of a VTIMEZONE for `tz` valid over `range`.
 * Throws a RangeError for a zone the runtime does not know.
 */
export function buildVTimezone(tz: string, range: YearRange): string[] {
  const list = observances(tz, range);
  if (list.some((o) => Number.isNaN(o.to))) throw new RangeError(`unknown time zone: ${tz}`);
  const standard = Math.min(...list.map((o) => o.to));
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tz}`,
    ...list.flatMap((o) => renderObservance(tz, o, standard)),
    'END:VTIMEZONE',
  ];
}
