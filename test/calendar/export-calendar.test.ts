/**
 * Issue 14 point 2: a 30-day export holds every review date known in the window, each with a UID
 * that never changes for that note and review, and a review done removes (cancels) or moves its
 * event on the next export, with SEQUENCE and DTSTAMP as RFC 5545 wants. Read back with a real
 * iCalendar parser (ical.js), zone included.
 */
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCalendar, recordExport } from '../../src/calendar/index.js';
import type { Clock } from '../../src/time/index.js';
import { addDays } from '../../src/time/index.js';
import { clock, noteText, ReviewBench, seedHistory, type Step } from '../review/review-bench.js';

interface Parsed {
  uid: string;
  summary: string;
  status: string;
  sequence: number;
  start: Date;
  stamp: string;
  alarms: number;
}

/** Every VEVENT of `ics` as ical.js reads it, its start resolved through the file's VTIMEZONE. */
function parse(ics: string): Parsed[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return cal.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      status: String(v.getFirstPropertyValue('status')),
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      stamp: String(v.getFirstPropertyValue('dtstamp')),
      alarms: v.getAllSubcomponents('valarm').length,
    };
  });
}

let b: ReviewBench;
beforeEach(() => (b = new ReviewBench()));
afterEach(() => {
  b.dispose();
  ICAL.TimezoneService.reset();
});

const TODAY = '2026-11-29';
const at9 = (day: string) => clock(`${day}T09:00`).now;
const good = (n: number): Step[] => Array.from({ length: n }, () => ({ grade: 3 as const }));

function exportAt(c: Clock, days = 30): Parsed[] {
  const exp = exportCalendar(b.store, c, addDays(TODAY, days));
  recordExport(b.store, exp);
  return parse(exp.ics);
}

const byUid = (events: Parsed[]) => new Map(events.map((e) => [e.uid, e]));

describe('calendar export over 30 days (ical.js)', () => {
  beforeEach(() => {
    b.write('new.md', noteText({ first: '2026-11-28', questions: 2 }));
    b.write('late.md', noteText({ first: '2026-11-20', done: ['d1'], questions: 1 }));
    b.write('lt.md', noteText({ first: '2026-08-01', done: ['d1', 'd4', 'd7', 'd14'], questions: 1 }));
    b.write(
      'extra.md',
      noteText({ first: '2026-10-01', done: ['d1', 'd4', 'd7', 'd14'], extra: true, questions: 1 }),
    );
    b.ingest(clock(`${TODAY}T08:00`));
    // Reviewed once in the long-term phase, long ago: due (late) today.
    seedHistory(b, 'lt.md', '2026-08-01', [{ card: 0, at: at9('2026-08-16'), grade: 2 }]);
    seedHistory(b, 'extra.md', '2026-10-01', [{ card: 0, at: at9('2026-11-25'), grade: 1 }]);
  });

  it('holds every known review: all remaining milestones, the long-term date, a late extra review', () => {
    const events = exportAt(clock(`${TODAY}T08:30`));
    const id = (rel: string) => b.store.notes.byPath(rel)?.id ?? '';
    const starts = new Map(events.map((e) => [e.uid, e.start.toISOString()]));
    // A note first studied yesterday: its day-1 review today and its fixed day-4, 7, 14 dates.
    for (const [key, day] of [
      ['d1', '2026-11-29'],
      ['d4', '2026-12-02'],
      ['d7', '2026-12-05'],
      ['d14', '2026-12-12'],
    ] as const)
      expect(starts.get(`${id('new.md')}-${key}@bokseup`)).toBe(at9(day).toISOString());
    // Overdue d4 (11-24) and d7 (11-27) collapse into one review today; d14 keeps its own date.
    expect(starts.get(`${id('late.md')}-d4@bokseup`)).toBe(at9(TODAY).toISOString());
    expect(starts.has(`${id('late.md')}-d7@bokseup`)).toBe(false);
    expect(starts.get(`${id('late.md')}-d14@bokseup`)).toBe(at9('2026-12-04').toISOString());
    // The extra review missed since 11-26 is today; the long-term review on its FSRS day.
    expect(starts.get(`${id('extra.md')}-extra@bokseup`)).toBe(at9(TODAY).toISOString());
    expect(starts.get(`${id('lt.md')}-long-term@bokseup`)).toBe(at9(TODAY).toISOString());
    expect(events).toHaveLength(8);
    for (const e of events) expect([e.status, e.sequence, e.alarms]).toEqual(['CONFIRMED', 0, 1]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('the next export after a review cancels its event, moves a long-term one, and leaves the rest', async () => {
    // A year's window, so the long-term review moves inside it instead of leaving it.
    const first = byUid(exportAt(clock(`${TODAY}T08:30`), 365));
    const plan = b.plan(clock(`${TODAY}T10:00`));
    const { result } = b.session(plan, clock(`${TODAY}T10:00`).now, good(10));
    await b.commit(plan, result, clock(`${TODAY}T10:05`));
    const second = exportAt(clock(`${TODAY}T11:00`), 365);
    const next = byUid(second);
    const id = (rel: string) => b.store.notes.byPath(rel)?.id ?? '';
    // The extra note's clean review put it in the long-term phase: a new event, sequence 0.
    const promoted = `${id('extra.md')}-long-term@bokseup`;
    expect([...next.keys()].sort()).toEqual([...first.keys(), promoted].sort());
    expect(next.get(promoted)).toMatchObject({ status: 'CONFIRMED', sequence: 0 });
    const changed = second.filter((e) => e.sequence > 0).map((e) => e.uid);
    expect(changed.sort()).toEqual(
      [`${id('new.md')}-d1`, `${id('late.md')}-d4`, `${id('extra.md')}-extra`, `${id('lt.md')}-long-term`]
        .map((u) => `${u}@bokseup`)
        .sort(),
    );
    for (const uid of [
      `${id('new.md')}-d1@bokseup`,
      `${id('late.md')}-d4@bokseup`,
      `${id('extra.md')}-extra@bokseup`,
    ]) {
      expect(next.get(uid)).toMatchObject({ status: 'CANCELLED', sequence: 1, alarms: 0 });
    }
    const lt = next.get(`${id('lt.md')}-long-term@bokseup`);
    expect(lt).toMatchObject({ status: 'CONFIRMED', sequence: 1 });
    expect(lt?.start.getTime()).toBeGreaterThan(first.get(lt?.uid ?? '')?.start.getTime() ?? Infinity);
    expect(next.get(`${id('new.md')}-d4@bokseup`)).toMatchObject({ status: 'CONFIRMED', sequence: 0 });
    // DTSTAMP is each export's own instant (METHOD:PUBLISH).
    for (const e of second) expect(e.stamp).toBe('2026-11-29T02:00:00Z');
    // A third export with nothing new changes no sequence.
    const third = exportAt(clock(`${TODAY}T12:00`), 365);
    expect(third.map((e) => [e.uid, e.sequence]).sort()).toEqual(
      second.map((e) => [e.uid, e.sequence]).sort(),
    );
  });

  it('cancels a long-term review that moved out of the window; forgets cancellations once past', async () => {
    exportAt(clock(`${TODAY}T08:30`));
    const plan = b.plan(clock(`${TODAY}T10:00`));
    const { result } = b.session(plan, clock(`${TODAY}T10:00`).now, good(10));
    await b.commit(plan, result, clock(`${TODAY}T10:05`));
    const after = exportAt(clock(`${TODAY}T11:00`));
    const lt = after.find((e) => e.uid === `${b.store.notes.byPath('lt.md')?.id ?? ''}-long-term@bokseup`);
    expect(lt).toMatchObject({ status: 'CANCELLED', sequence: 1, alarms: 0 });
    const tomorrow = exportAt(clock('2026-11-30T08:00'));
    expect(tomorrow.filter((e) => e.status === 'CANCELLED')).toEqual([]);
    // The rows stay, so a UID that comes back continues its sequence.
    const rows = b.store.calendar.exported();
    expect([...rows.values()].filter((r) => r.cancelled)).toHaveLength(4);
  });
});
