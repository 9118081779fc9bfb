import { describe, expect, it } from 'vitest';
import { englishProfile, koreanProfile } from '../../src/note/index.js';
import { milestoneDates, scheduleNote } from '../../src/schedule/index.js';
import { clockAt, fieldsOf } from './helpers.js';

const first = '2024-08-08';

describe('milestoneDates', () => {
  it('puts milestones on fixed calendar days 1, 4, 7 and 14 after the first study', () => {
    expect(milestoneDates(first)).toEqual({
      d1: '2024-08-09',
      d4: '2024-08-12',
      d7: '2024-08-15',
      d14: '2024-08-22',
    });
  });

  it('crosses month and leap-year boundaries by calendar', () => {
    expect(milestoneDates('2024-02-28')).toEqual({
      d1: '2024-02-29',
      d4: '2024-03-03',
      d7: '2024-03-06',
      d14: '2024-03-13',
    });
    expect(milestoneDates('2023-12-25').d14).toBe('2024-01-08');
  });
});

describe('scheduleNote: milestones', () => {
  it('is not due on the first study day; d1 is next', () => {
    const s = scheduleNote(fieldsOf(first), koreanProfile, clockAt('2024-08-08T23:59'), null);
    expect(s).toEqual({ stage: 'd1', due: '2024-08-09', overdueDays: 0, dueMilestones: [], isDue: false });
  });

  it('is due from the first minute of the milestone day in the user zone', () => {
    const s = scheduleNote(fieldsOf(first), koreanProfile, clockAt('2024-08-09T00:00'), null);
    expect(s).toMatchObject({
      stage: 'd1',
      due: '2024-08-09',
      overdueDays: 0,
      dueMilestones: ['d1'],
      isDue: true,
    });
  });

  it('takes the first milestone whose flag is false', () => {
    const s = scheduleNote(fieldsOf(first, ['d1']), koreanProfile, clockAt('2024-08-10T12:00'), null);
    expect(s).toMatchObject({ stage: 'd4', due: '2024-08-12', isDue: false, dueMilestones: [] });
  });

  it('collapses overdue milestones into one review and counts overdue days', () => {
    const s = scheduleNote(fieldsOf(first), koreanProfile, clockAt('2024-08-16T09:00'), null);
    expect(s).toEqual({
      stage: 'd1',
      due: '2024-08-09',
      overdueDays: 7,
      dueMilestones: ['d1', 'd4', 'd7'],
      isDue: true,
    });
  });

  it('lists a skipped earlier milestone among the due ones', () => {
    const s = scheduleNote(fieldsOf(first, ['d4']), koreanProfile, clockAt('2024-08-12T09:00'), null);
    expect(s).toMatchObject({ stage: 'd1', dueMilestones: ['d1'], overdueDays: 3 });
  });

  it('uses the local date of the clock, not UTC', () => {
    // 2024-08-09T00:30 in Seoul is still 08-08 in UTC.
    const clock = clockAt('2024-08-09T00:30');
    expect(clock.now.toISOString().slice(0, 10)).toBe('2024-08-08');
    expect(scheduleNote(fieldsOf(first), koreanProfile, clock, null).isDue).toBe(true);
  });
});

describe('scheduleNote: long-term', () => {
  const allDone = fieldsOf(first, ['d1', 'd4', 'd7', 'd14']);

  it('uses the FSRS due date after all four milestones', () => {
    const s = scheduleNote(allDone, koreanProfile, clockAt('2024-10-27T14:01'), '2024-10-17');
    expect(s).toEqual({
      stage: 'long-term',
      due: '2024-10-17',
      overdueDays: 10,
      dueMilestones: [],
      isDue: true,
    });
  });

  it('is not due before the FSRS date', () => {
    const s = scheduleNote(allDone, koreanProfile, clockAt('2024-10-27T14:01'), '2024-11-02');
    expect(s).toMatchObject({ stage: 'long-term', due: '2024-11-02', overdueDays: 0, isDue: false });
  });

  it('is never due without cards (no FSRS date)', () => {
    const s = scheduleNote(allDone, koreanProfile, clockAt('2030-01-01T00:00'), null);
    expect(s).toMatchObject({ stage: 'long-term', due: null, isDue: false, overdueDays: 0 });
  });
});

describe('scheduleNote: extra review status', () => {
  const extraSeed = fieldsOf(first, ['d1', 'd4', 'd7', 'd14'], { status: '추가 복습' });

  it('makes the note due today whatever the milestones say (the seed note)', () => {
    const s = scheduleNote(extraSeed, koreanProfile, clockAt('2024-10-27T14:01'), '2024-12-01');
    expect(s).toEqual({ stage: 'extra', due: '2024-10-27', overdueDays: 0, dueMilestones: [], isDue: true });
  });

  it('still lists due milestones so a session completes them', () => {
    const f = fieldsOf(first, ['d1'], { status: '추가 복습' });
    const s = scheduleNote(f, koreanProfile, clockAt('2024-08-13T10:00'), null);
    expect(s).toMatchObject({ stage: 'extra', isDue: true, dueMilestones: ['d4'] });
  });

  it('counts the days an extra review was missed: due the day after the latest Again', () => {
    const s = scheduleNote(extraSeed, koreanProfile, clockAt('2024-10-27T14:01'), null, '2024-10-21');
    expect(s).toEqual({ stage: 'extra', due: '2024-10-22', overdueDays: 5, dueMilestones: [], isDue: true });
  });

  it('is due tomorrow, not again today, after an Again today', () => {
    const clock = clockAt('2024-10-27T20:00');
    const s = scheduleNote(extraSeed, koreanProfile, clock, null, '2024-10-27');
    expect(s).toMatchObject({ stage: 'extra', due: '2024-10-28', isDue: false });
    const tomorrow = scheduleNote(extraSeed, koreanProfile, clockAt('2024-10-28T06:00'), null, '2024-10-27');
    expect(tomorrow).toMatchObject({ stage: 'extra', due: '2024-10-28', isDue: true });
  });

  it('reads the extra value from the profile', () => {
    const korean = fieldsOf(first, [], { status: '추가 복습' });
    expect(scheduleNote(korean, englishProfile, clockAt('2024-08-08T10:00'), null).stage).toBe('d1');
    const english = fieldsOf(first, [], { status: 'extra review' });
    expect(scheduleNote(english, englishProfile, clockAt('2024-08-08T10:00'), null).stage).toBe('extra');
  });

  it('ignores the done status', () => {
    const f = fieldsOf(first, [], { status: '복습 완료' });
    expect(scheduleNote(f, koreanProfile, clockAt('2024-08-08T10:00'), null).stage).toBe('d1');
  });
});
