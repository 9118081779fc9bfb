import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type MemoryState,
  type ReviewEvent,
  type Grade,
  applyGrade,
  isLongTermMemory,
  memoryFromHistory,
  noteLongTermDue,
  previewIntervals,
} from '../../src/schedule/index.js';
import { parseNow, today } from '../../src/time/index.js';

const tz = 'Asia/Seoul';
const at = (local: string): Date => parseNow(local, tz) ?? new Date(NaN);
const good = (local: string): ReviewEvent => ({ at: at(local), grade: 3 });
const localDay = (d: Date): string => today({ now: d, tz });
const milestoneGoods = ['2024-08-09T10:00', '2024-08-12T08:00', '2024-08-15T21:00', '2024-08-22T07:30'].map(
  good,
);

describe('memoryFromHistory', () => {
  it('counts the first study day as a Good learning at its local midnight', () => {
    const s = memoryFromHistory('2024-08-08', tz, []);
    expect(s.lastReview?.toISOString()).toBe('2024-08-07T15:00:00.000Z');
    expect(s).toMatchObject({ reps: 1, lapses: 0, state: 2, scheduledDays: 3, learningSteps: 0 });
    expect(s.stability).toBeCloseTo(2.3065, 4);
    expect(localDay(s.due)).toBe('2024-08-11');
  });

  it('pins the golden sequence: Good on each milestone day', () => {
    const s = memoryFromHistory('2024-08-08', tz, milestoneGoods);
    expect(s).toMatchObject({ reps: 5, lapses: 0, state: 2 });
    expect(s.stability).toBeCloseTo(56.385, 3);
    expect(s.difficulty).toBeCloseTo(2.0906, 4);
    expect(s.lastReview?.toISOString()).toBe('2024-08-21T22:30:00.000Z');
    expect(localDay(s.due)).toBe('2024-10-17');
  });

  it('pins each step of the golden sequence', () => {
    const dues: string[] = [];
    let s = memoryFromHistory('2024-08-08', tz, []);
    for (const e of milestoneGoods) {
      s = applyGrade(s, e.grade, e.at, tz);
      dues.push(`${localDay(s.due)} ${s.stability.toFixed(2)}`);
    }
    expect(dues).toEqual(['2024-08-16 7.32', '2024-09-01 19.83', '2024-09-16 31.64', '2024-10-17 56.39']);
  });

  it('replays events in time order whatever order they arrive in', () => {
    const shuffled = [
      milestoneGoods[2],
      milestoneGoods[0],
      milestoneGoods[3],
      milestoneGoods[1],
    ] as ReviewEvent[];
    expect(memoryFromHistory('2024-08-08', tz, shuffled)).toEqual(
      memoryFromHistory('2024-08-08', tz, milestoneGoods),
    );
  });

  it('counts elapsed days in the local calendar (08:00 and 20:00 in Seoul are the same day)', () => {
    const morning = memoryFromHistory('2024-08-08', tz, [good('2024-08-12T08:00')]);
    const evening = memoryFromHistory('2024-08-08', tz, [good('2024-08-12T20:00')]);
    expect(morning.stability).toBe(evening.stability);
    expect(localDay(morning.due)).toBe(localDay(evening.due));
  });

  it('an Again lapses the card and shortens its interval to days', () => {
    const s = memoryFromHistory('2024-08-08', tz, [
      ...milestoneGoods,
      { at: at('2024-10-27T14:01'), grade: 1 },
    ]);
    expect(s.lapses).toBe(1);
    expect(s.stability).toBeLessThan(56);
    expect(localDay(s.due)).toBe('2024-10-30');
  });

  it('treats an event before the first study as on the first study day', () => {
    const early = memoryFromHistory('2024-08-08', tz, [good('2024-08-01T10:00')]);
    expect(early.lastReview?.toISOString()).toBe('2024-08-07T15:00:00.000Z');
    expect(early.reps).toBe(2);
  });
});

describe('previewIntervals', () => {
  it('shows whole days per grade for the golden state', () => {
    const s = memoryFromHistory('2024-08-08', tz, []);
    expect(previewIntervals(s, at('2024-08-09T10:00'), tz)).toEqual({ 1: 1, 2: 5, 3: 7, 4: 12 });
  });

  it('matches what applyGrade then schedules', () => {
    const s = memoryFromHistory('2024-08-08', tz, milestoneGoods);
    const when = at('2024-10-27T14:01');
    const preview = previewIntervals(s, when, tz);
    for (const g of [1, 2, 3, 4] as const) {
      const next = applyGrade(s, g, when, tz);
      expect(Math.round((next.due.getTime() - when.getTime()) / 86_400_000)).toBe(preview[g]);
    }
  });

  it('orders Again ≤ Hard ≤ Good ≤ Easy for any history', () => {
    const grade = fc.constantFrom<Grade>(1, 2, 3, 4);
    const history = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 60 }), grade }), { maxLength: 8 });
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 90 }), (steps, wait) => {
        let s: MemoryState = memoryFromHistory('2024-08-08', tz, []);
        let t = at('2024-08-08T12:00').getTime();
        for (const { gap, grade: g } of steps) {
          t += gap * 86_400_000;
          s = applyGrade(s, g, new Date(t), tz);
        }
        const p = previewIntervals(s, new Date(t + wait * 86_400_000), tz);
        expect(p[1]).toBeLessThanOrEqual(p[3]);
        expect(p[1]).toBeLessThanOrEqual(p[2]);
        expect(p[2]).toBeLessThanOrEqual(p[3]);
        expect(p[3]).toBeLessThanOrEqual(p[4]);
        expect(p[1]).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('applyGrade', () => {
  it('rejects grades outside 1–4', () => {
    const s = memoryFromHistory('2024-08-08', tz, []);
    expect(() => applyGrade(s, 0 as Grade, at('2024-08-09T10:00'), tz)).toThrow(RangeError);
  });

  it('treats a time before the last review as that review (a --now in the past)', () => {
    const s = memoryFromHistory('2024-08-08', tz, milestoneGoods);
    const past = at('2024-08-01T10:00');
    expect(applyGrade(s, 3, past, tz)).toEqual(applyGrade(s, 3, s.lastReview ?? past, tz));
    expect(previewIntervals(s, past, tz)[3]).toBeGreaterThanOrEqual(1);
  });

  it('is deterministic (no fuzz)', () => {
    const s = memoryFromHistory('2024-08-08', tz, milestoneGoods);
    const when = at('2024-10-27T14:01');
    expect(applyGrade(s, 3, when, tz)).toEqual(applyGrade(s, 3, when, tz));
  });

  it('round-trips through plain data (what the store saves)', () => {
    const s = memoryFromHistory('2024-08-08', tz, milestoneGoods.slice(0, 2));
    const saved = JSON.parse(JSON.stringify(s)) as Record<string, unknown>;
    const restored: MemoryState = {
      ...(saved as unknown as MemoryState),
      due: new Date(String(saved.due)),
      lastReview: new Date(String(saved.lastReview)),
    };
    const rest = milestoneGoods.slice(2);
    const direct = rest.reduce((acc, e) => applyGrade(acc, e.grade, e.at, tz), s);
    const viaStore = rest.reduce((acc, e) => applyGrade(acc, e.grade, e.at, tz), restored);
    expect(viaStore).toEqual(direct);
  });
});

describe('isLongTermMemory and noteLongTermDue', () => {
  const strong = memoryFromHistory('2024-08-08', tz, milestoneGoods);
  const weak = memoryFromHistory('2024-08-08', tz, milestoneGoods.slice(0, 2));

  it('needs every card at or above the threshold', () => {
    expect(isLongTermMemory([strong])).toBe(true);
    expect(isLongTermMemory([strong, weak])).toBe(false);
    expect(isLongTermMemory([strong, weak], 19)).toBe(true);
    expect(isLongTermMemory([])).toBe(false);
  });

  it('gives the earliest card due as a local date', () => {
    expect(noteLongTermDue([strong, weak], tz)).toBe('2024-09-01');
    expect(noteLongTermDue([], tz)).toBeNull();
  });

  it('converts the due instant in the given zone', () => {
    const s: MemoryState = { ...strong, due: new Date('2024-10-16T22:30:00Z') };
    expect(noteLongTermDue([s], 'Asia/Seoul')).toBe('2024-10-17');
    expect(noteLongTermDue([s], 'America/Los_Angeles')).toBe('2024-10-16');
  });
});
