import { describe, expect, it } from 'vitest';
import { buildCalendar, type DueEvent } from '../../src/calendar/index.js';
import { components, prop, unfold } from './ics-helpers.js';

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

describe('time zones and options', () => {
  it('lists the daylight-saving transitions of a DST zone', () => {
    const ics = buildCalendar([{ ...seed, date: '2024-07-01' }], { now, tz: 'America/New_York' });
    const lines = unfold(ics);
    const daylight = components(lines, 'DAYLIGHT');
    expect(daylight.length).toBeGreaterThanOrEqual(1);
    expect(prop(daylight[0] ?? [], 'DTSTART')?.value).toBe('20240310T020000');
    expect(prop(daylight[0] ?? [], 'TZOFFSETFROM')?.value).toBe('-0500');
    expect(prop(daylight[0] ?? [], 'TZOFFSETTO')?.value).toBe('-0400');
    expect(lines).toContain('DTSTART;TZID=America/New_York:20240701T090000');
  });

  it('rejects an unknown zone and out-of-range options', () => {
    expect(() => buildCalendar([seed], { now, tz: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => buildCalendar([seed], { now, tz: 'Asia/Seoul', reviewHour: 24 })).toThrow(RangeError);
    expect(() => buildCalendar([seed], { now, tz: 'Asia/Seoul', alarmMinutesBefore: -5 })).toThrow(
      RangeError,
    );
  });

  it('writes an alarm at the start time as PT0M and honours productId and English labels', () => {
    const ics = buildCalendar([seed], {
      now,
      tz: 'Asia/Seoul',
      alarmMinutesBefore: 0,
      productId: '-//x//y//EN',
      lang: 'en',
    });
    const lines = unfold(ics);
    expect(lines).toContain('TRIGGER:PT0M');
    expect(lines).toContain('PRODID:-//x//y//EN');
    expect(lines).toContain('SUMMARY:복습: Linux 네트워크 네임스페이스 (day 14)');
  });

  it('is a valid empty calendar when nothing is due', () => {
    const lines = unfold(buildCalendar([], { now, tz: 'Asia/Seoul' }));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).not.toContain('BEGIN:VEVENT');
  });
});
