import { describe, expect, it } from 'vitest';
import { koreanProfile, type NoteFields } from '../../src/note/index.js';
import {
  type MemoryState,
  memoryFromHistory,
  scheduleNote,
  type CardGrade,
  settleNoteSession,
} from '../../src/schedule/index.js';
import { clockAt, fieldsOf } from './helpers.js';

const first = '2024-08-08';
const tz = 'Asia/Seoul';
const at = (local: string): Date => clockAt(local).now;
const milestoneHistory = ['2024-08-09T10:00', '2024-08-12T10:00', '2024-08-15T10:00', '2024-08-22T10:00'].map(
  (t) => ({
    at: at(t),
    grade: 3 as const,
  }),
);

function settle(
  fields: NoteFields,
  when: string,
  memories: Map<string, MemoryState | null>,
  grades: CardGrade[],
  finished = true,
) {
  const clock = clockAt(when);
  const before = scheduleNote(fields, koreanProfile, clock, null);
  return settleNoteSession({ fields, profile: koreanProfile, clock, before, memories, grades, finished });
}

describe('settleNoteSession', () => {
  const fresh = () =>
    new Map<string, MemoryState | null>([
      ['a', null],
      ['b', null],
    ]);

  it('a clean day-1 session completes d1, grows the rate and schedules d4', () => {
    const grades: CardGrade[] = [
      { cardId: 'a', grade: 3, at: at('2024-08-09T10:00') },
      { cardId: 'b', grade: 4, at: at('2024-08-09T10:01') },
    ];
    const r = settle(fieldsOf(first), '2024-08-09T10:05', fresh(), grades);
    expect(r.completed).toEqual(['d1']);
    expect([r.rateBefore, r.rateAfter]).toEqual([0, 2]);
    expect(r.status).toBeNull();
    expect(r.schedule).toMatchObject({ stage: 'd4', due: '2024-08-12', isDue: false });
    expect(r.memories.get('a')?.reps).toBe(2);
    expect(r.memories.get('b')?.reps).toBe(2);
    expect(r.fields.longTerm).toBe(false);
  });

  it('an Again makes the note extra and due tomorrow, not again today', () => {
    const grades: CardGrade[] = [
      { cardId: 'a', grade: 1, at: at('2024-08-09T10:00') },
      { cardId: 'a', grade: 3, at: at('2024-08-09T10:03') },
      { cardId: 'b', grade: 3, at: at('2024-08-09T10:04') },
    ];
    const r = settle(fieldsOf(first), '2024-08-09T10:05', fresh(), grades);
    expect(r.status).toBe('추가 복습');
    expect(r.completed).toEqual(['d1']);
    expect(r.schedule).toMatchObject({ stage: 'extra', due: '2024-08-10', isDue: false });
    expect(r.memories.get('a')?.lapses).toBe(1);
  });

  it('dates the extra review from the Again, not from the end of a session that ran past midnight', () => {
    const grades: CardGrade[] = [
      { cardId: 'a', grade: 1, at: at('2024-08-09T23:50') },
      { cardId: 'b', grade: 3, at: at('2024-08-10T00:05') },
      { cardId: 'a', grade: 3, at: at('2024-08-10T00:06') },
    ];
    const r = settle(fieldsOf(first), '2024-08-10T00:10', fresh(), grades);
    // The next run finds the latest Again on 08-09 in the log: due 08-10, which is today by then.
    expect(r.schedule).toMatchObject({ stage: 'extra', due: '2024-08-10', isDue: true });
  });

  it('an extra note quit without an Again keeps its due day (the latest Again before the session)', () => {
    const f = fieldsOf(first, ['d1'], { status: '추가 복습' });
    const clock = clockAt('2024-08-11T10:05');
    const before = scheduleNote(f, koreanProfile, clock, null, '2024-08-09');
    const r = settleNoteSession({
      fields: f,
      profile: koreanProfile,
      clock,
      before,
      memories: fresh(),
      grades: [{ cardId: 'a', grade: 3, at: at('2024-08-11T10:00') }],
      finished: false,
      lastAgainOn: '2024-08-09',
    });
    expect(r.status).toBeNull();
    expect(r.schedule).toMatchObject({ stage: 'extra', due: '2024-08-10', overdueDays: 1, isDue: true });
  });

  it('quitting midway completes nothing and leaves ungraded cards as they were', () => {
    const b = memoryFromHistory(first, tz, []);
    const memories = new Map<string, MemoryState | null>([
      ['a', null],
      ['b', b],
    ]);
    const r = settle(
      fieldsOf(first),
      '2024-08-09T10:05',
      memories,
      [{ cardId: 'a', grade: 3, at: at('2024-08-09T10:00') }],
      false,
    );
    expect(r.completed).toEqual([]);
    expect(r.memories.get('b')).toBe(b);
    expect(r.schedule).toMatchObject({ stage: 'd1', isDue: true });
  });

  it('in the long-term phase a strong note earns the long-term flag and a full bar', () => {
    const strong = memoryFromHistory(first, tz, milestoneHistory);
    const memories = new Map<string, MemoryState | null>([
      ['a', strong],
      ['b', strong],
    ]);
    const fields = fieldsOf(first, ['d1', 'd4', 'd7', 'd14'], { status: '추가 복습' });
    const grades: CardGrade[] = [
      { cardId: 'a', grade: 3, at: at('2024-10-27T14:00') },
      { cardId: 'b', grade: 4, at: at('2024-10-27T14:01') },
    ];
    const r = settle(fields, '2024-10-27T14:05', memories, grades);
    expect(r.fields.longTerm).toBe(true);
    expect(r.status).toBe('복습 완료');
    expect([r.rateBefore, r.rateAfter]).toEqual([6, 10]);
    expect(r.schedule.stage).toBe('long-term');
    // The note is due when its earliest card is: a (Good) before b (Easy).
    expect(r.memories.get('a')?.due.toISOString()).toBe('2025-05-26T05:00:00.000Z');
    expect(r.memories.get('b')?.due.getTime()).toBeGreaterThan(
      r.memories.get('a')?.due.getTime() ?? Infinity,
    );
    expect(r.schedule).toMatchObject({ due: '2025-05-26', isDue: false });
  });

  it('leaves the flag alone while milestones remain, however strong the cards', () => {
    const strong = { ...memoryFromHistory(first, tz, milestoneHistory.slice(0, 2)), stability: 400 };
    const fields = fieldsOf(first, ['d1', 'd4']);
    const grades: CardGrade[] = [{ cardId: 'a', grade: 3, at: at('2024-08-15T10:00') }];
    const r = settle(fields, '2024-08-15T10:05', new Map([['a', strong]]), grades);
    expect(r.completed).toEqual(['d7']);
    expect(r.fields.longTerm).toBe(false);
  });

  it('drops the flag when a card lapses below the threshold', () => {
    const strong = memoryFromHistory(first, tz, milestoneHistory);
    const fields = fieldsOf(first, ['d1', 'd4', 'd7', 'd14', 'longTerm']);
    const r = settle(fields, '2024-10-27T14:05', new Map([['a', strong]]), [
      { cardId: 'a', grade: 1, at: at('2024-10-27T14:00') },
    ]);
    expect(r.fields.longTerm).toBe(false);
    expect(r.rateAfter).toBe(6);
  });
});
