import { describe, expect, it } from 'vitest';
import { englishProfile, koreanProfile } from '../../src/note/index.js';
import { scheduleNote, applySessionOutcome } from '../../src/schedule/index.js';
import { clockAt, fieldsOf } from './helpers.js';

const first = '2024-08-08';
const clean = { finished: true, anyAgain: false };
const withAgain = { finished: true, anyAgain: true };
const quitClean = { finished: false, anyAgain: false };
const quitAgain = { finished: false, anyAgain: true };

describe('applySessionOutcome', () => {
  it('a finished session completes every due milestone, overdue ones included', () => {
    const fields = fieldsOf(first);
    const schedule = scheduleNote(fields, koreanProfile, clockAt('2024-08-16T09:00'), null);
    const effect = applySessionOutcome(fields, schedule, clean, koreanProfile);
    expect(effect.completed).toEqual(['d1', 'd4', 'd7']);
    expect(effect.fields.done).toEqual({ d1: true, d4: true, d7: true, d14: false });
    expect(effect.status).toBeNull();
    expect(effect.fields.status).toBeNull();
    expect(fields.done.d1).toBe(false);
  });

  it('after it the note is due on the next milestone', () => {
    const fields = fieldsOf(first);
    const clock = clockAt('2024-08-16T09:00');
    const { fields: after } = applySessionOutcome(
      fields,
      scheduleNote(fields, koreanProfile, clock, null),
      clean,
      koreanProfile,
    );
    expect(scheduleNote(after, koreanProfile, clock, null)).toMatchObject({
      stage: 'd14',
      due: '2024-08-22',
      isDue: false,
    });
  });

  it('quitting midway completes nothing', () => {
    const fields = fieldsOf(first);
    const schedule = scheduleNote(fields, koreanProfile, clockAt('2024-08-09T09:00'), null);
    const effect = applySessionOutcome(fields, schedule, quitClean, koreanProfile);
    expect(effect).toEqual({ fields, completed: [], status: null });
  });

  it('an Again sets the extra status, still completes due milestones, and the note comes back tomorrow', () => {
    const fields = fieldsOf(first, ['d1']);
    const clock = clockAt('2024-08-12T20:00');
    const schedule = scheduleNote(fields, koreanProfile, clock, null);
    const effect = applySessionOutcome(fields, schedule, withAgain, koreanProfile);
    expect(effect.completed).toEqual(['d4']);
    expect(effect.status).toBe('추가 복습');
    expect(effect.fields.status).toBe('추가 복습');
    const later = scheduleNote(effect.fields, koreanProfile, clock, null, '2024-08-12');
    expect(later).toMatchObject({ stage: 'extra', due: '2024-08-13', isDue: false });
    const tomorrow = scheduleNote(
      effect.fields,
      koreanProfile,
      clockAt('2024-08-13T07:00'),
      null,
      '2024-08-12',
    );
    expect(tomorrow).toMatchObject({ stage: 'extra', due: '2024-08-13', isDue: true });
  });

  it('an Again when quitting midway still sets extra but completes nothing', () => {
    const fields = fieldsOf(first);
    const schedule = scheduleNote(fields, koreanProfile, clockAt('2024-08-09T09:00'), null);
    const effect = applySessionOutcome(fields, schedule, quitAgain, koreanProfile);
    expect(effect.completed).toEqual([]);
    expect(effect.status).toBe('추가 복습');
  });

  it('a later clean session of an extra note sets the done value', () => {
    const fields = fieldsOf(first, ['d1', 'd4', 'd7', 'd14'], { status: '추가 복습' });
    const schedule = scheduleNote(fields, koreanProfile, clockAt('2024-10-27T14:01'), '2024-12-01');
    const effect = applySessionOutcome(fields, schedule, clean, koreanProfile);
    expect(effect).toMatchObject({ completed: [], status: '복습 완료' });
    expect(scheduleNote(effect.fields, koreanProfile, clockAt('2024-10-28T10:00'), '2024-12-01').stage).toBe(
      'long-term',
    );
  });

  it('an extra note with another Again stays extra without a status write', () => {
    const fields = fieldsOf(first, ['d1', 'd4', 'd7', 'd14'], { status: '추가 복습' });
    const schedule = scheduleNote(fields, koreanProfile, clockAt('2024-10-27T14:01'), null);
    expect(applySessionOutcome(fields, schedule, withAgain, koreanProfile).status).toBeNull();
  });

  it('an extra note quit midway without Again stays extra', () => {
    const fields = fieldsOf(first, [], { status: '추가 복습' });
    const schedule = scheduleNote(fields, koreanProfile, clockAt('2024-08-09T10:00'), null);
    expect(applySessionOutcome(fields, schedule, quitClean, koreanProfile).status).toBeNull();
  });

  it('takes the long-term flag from the caller when given, keeps it otherwise', () => {
    const fields = fieldsOf(first, ['d1', 'd4', 'd7', 'd14']);
    const schedule = scheduleNote(fields, koreanProfile, clockAt('2024-10-27T14:01'), '2024-10-20');
    expect(applySessionOutcome(fields, schedule, clean, koreanProfile, true).fields.longTerm).toBe(true);
    expect(applySessionOutcome(fields, schedule, clean, koreanProfile).fields.longTerm).toBe(false);
    const remembered = { ...fields, longTerm: true };
    expect(applySessionOutcome(remembered, schedule, clean, koreanProfile, false).fields.longTerm).toBe(
      false,
    );
  });

  it('uses the profile status values', () => {
    const fields = fieldsOf(first, [], { status: 'extra review' });
    const schedule = scheduleNote(fields, englishProfile, clockAt('2024-08-09T10:00'), null);
    expect(applySessionOutcome(fields, schedule, clean, englishProfile).status).toBe('review done');
    const plain = fieldsOf(first);
    expect(applySessionOutcome(plain, schedule, withAgain, englishProfile).status).toBe('extra review');
  });
});
