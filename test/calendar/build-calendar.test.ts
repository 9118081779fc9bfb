import { describe, expect, it } from 'vitest';
import { buildCalendar, eventUid, type DueEvent } from '../../src/calendar/index.js';
import { components, prop, unescapeText, unfold } from './ics-helpers.js';

const now = new Date('2024-10-27T05:01:00Z'); // 14:01 in Seoul

const seed: DueEvent = {
  noteId: 'a1b2c3',
  path: 'Linux/Linux 네트워크 네임스페이스.md',
  title: 'Linux 네트워크 네임스페이스',
  subject: 'Linux',
  stage: 'd14',
  date: '2024-10-28',
  cards: 12,
};

const tricky: DueEvent = {
  noteId: 'ff00',
  path: 'misc/a, b; c.md',
  title: '🐧 아주 긴 제목을 가진 노트 — 커널, 네임스페이스; 그리고 \\ 백슬래시 👨‍👩‍👧 끝',
  subject: 'Net, Linux',
  stage: 'long-term',
  date: '2024-11-02',
  cards: 3,
};

describe('buildCalendar golden output', () => {
  it('renders one Seoul event exactly', () => {
    const ics = buildCalendar([{ ...seed, path: 'ns.md' }], { now, tz: 'Asia/Seoul' });
    const expected = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//bokseup//bokseup//KO',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:bokseup 복습',
      'X-WR-TIMEZONE:Asia/Seoul',
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Seoul',
      'BEGIN:STANDARD',
      'DTSTART:20240101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:a1b2c3-d14@bokseup',
      'DTSTAMP:20241027T050100Z',
      'SEQUENCE:0',
      'STATUS:CONFIRMED',
      'DTSTART;TZID=Asia/Seoul:20241028T090000',
      'DTEND;TZID=Asia/Seoul:20241028T093000',
      'SUMMARY:복습: Linux 네트워크 네임스페이스 (14일차)',
      // 75 octets: Hangul syllables count 3 each.
      'DESCRIPTION:단계 / stage: 14일차 (d14)\\n카드 / cards: 12\\n노트 / no',
      ' te: ns.md\\nbokseup review --note "ns.md"',
      'CATEGORIES:Linux',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT10M',
      'DESCRIPTION:복습: Linux 네트워크 네임스페이스 (14일차)',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    expect(ics).toBe(expected.join('\r\n') + '\r\n');
  });
});

describe('buildCalendar structure', () => {
  const ics = buildCalendar([tricky, seed], {
    now,
    tz: 'Asia/Seoul',
    alarmMinutesBefore: 30,
    reviewHour: 20,
  });

  it('uses CRLF everywhere and keeps every physical line ≤ 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.split('\r\n').some((l) => l.startsWith(' '))).toBe(true); // something was folded
  });

  it('parses back to the input, event by event, sorted by date', () => {
    const events = components(unfold(ics), 'VEVENT');
    expect(events).toHaveLength(2);
    const [first, second] = events;
    const text = (props: typeof first, name: string): string =>
      unescapeText(prop(props ?? [], name)?.value ?? '');
    expect(text(first, 'SUMMARY')).toBe('복습: Linux 네트워크 네임스페이스 (14일차)');
    expect(text(second, 'SUMMARY')).toBe(`복습: ${tricky.title} (장기 복습)`);
    expect(text(second, 'DESCRIPTION').split('\n')).toEqual([
      '단계 / stage: 장기 복습 (long-term)',
      '카드 / cards: 3',
      '노트 / note: misc/a, b; c.md',
      'bokseup review --note "misc/a, b; c.md"',
    ]);
    expect(prop(second ?? [], 'CATEGORIES')?.value).toBe('Net\\, Linux');
    expect(prop(second ?? [], 'UID')?.value).toBe('ff00-long-term@bokseup');
    expect(prop(second ?? [], 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: 'TZID=Asia/Seoul',
      value: '20241102T200000',
    });
    expect(prop(second ?? [], 'DTEND')?.value).toBe('20241102T203000');
    expect(prop(second ?? [], 'DTSTAMP')?.value).toBe('20241027T050100Z');
  });

  it('gives each event a display alarm with the configured lead time', () => {
    const alarms = components(unfold(ics), 'VALARM');
    expect(alarms).toHaveLength(2);
    for (const alarm of alarms) {
      expect(prop(alarm, 'ACTION')?.value).toBe('DISPLAY');
      expect(prop(alarm, 'TRIGGER')?.value).toBe('-PT30M');
      expect(unescapeText(prop(alarm, 'DESCRIPTION')?.value ?? '')).toMatch(/^복습: /);
    }
  });

  it('has the calendar header properties once each', () => {
    const cal = components(unfold(ics), 'VCALENDAR')[0] ?? [];
    expect(cal.map((p) => p.name)).toEqual([
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'X-WR-CALNAME',
      'X-WR-TIMEZONE',
    ]);
  });

  it('omits CATEGORIES when the note has no subject', () => {
    const out = buildCalendar([{ ...seed, subject: null }], { now, tz: 'Asia/Seoul' });
    expect(out).not.toContain('CATEGORIES');
  });
});

describe('UIDs', () => {
  it('are stable across calls, clocks and event order', () => {
    const uids = (ics: string): string[] =>
      components(unfold(ics), 'VEVENT').map((e) => prop(e, 'UID')?.value ?? '');
    const a = uids(buildCalendar([seed, tricky], { now, tz: 'Asia/Seoul' }));
    const b = uids(
      buildCalendar([tricky, seed], { now: new Date('2025-01-01T00:00:00Z'), tz: 'Europe/Berlin' }),
    );
    expect(a).toEqual(b);
  });

  it('name the note and the review only: a moved review keeps its UID, another stage has its own', () => {
    expect(eventUid({ ...seed, stage: 'd7' })).not.toBe(eventUid(seed));
    // The long-term review moves after every session: its UID does not (it used to carry the date,
    // so each day's export duplicated it on re-import).
    expect(eventUid(tricky)).toBe('ff00-long-term@bokseup');
    const moved = buildCalendar([{ ...tricky, date: '2024-12-01' }], { now, tz: 'Asia/Seoul' });
    expect(moved).toContain('UID:ff00-long-term@bokseup');
  });

  it('a cancelled event keeps its UID, says CANCELLED with its sequence, and has no alarm', () => {
    const out = buildCalendar([{ ...seed, cancelled: true, sequence: 3, lastModified: now }], {
      now,
      tz: 'Asia/Seoul',
    });
    const [event] = components(unfold(out), 'VEVENT');
    expect(prop(event ?? [], 'STATUS')?.value).toBe('CANCELLED');
    expect(prop(event ?? [], 'SEQUENCE')?.value).toBe('3');
    expect(prop(event ?? [], 'LAST-MODIFIED')?.value).toBe('20241027T050100Z');
    expect(components(unfold(out), 'VALARM')).toEqual([]);
  });

  it('are never repeated in one file: a duplicate keeps the earliest event', () => {
    const ics = buildCalendar([{ ...seed, date: '2024-10-30' }, seed], { now, tz: 'Asia/Seoul' });
    const events = components(unfold(ics), 'VEVENT');
    expect(events).toHaveLength(1);
    expect(prop(events[0] ?? [], 'DTSTART')?.value).toBe('20241028T090000');
  });
});
