import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localDayIn } from '../../src/stats/index.js';
import { today } from '../../src/time/index.js';

const ZONES = [
  'Asia/Seoul',
  'America/Los_Angeles',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'UTC',
];

describe('localDayIn', () => {
  it('agrees with the clock module for any instant in zones with odd offsets and DST', () => {
    const fns = new Map(ZONES.map((tz) => [tz, localDayIn(tz)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }),
        (tz, t) => {
          const at = new Date(t);
          expect(fns.get(tz)?.(at)).toBe(today({ now: at, tz }));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('is right on both sides of a transition inside a UTC day', () => {
    const la = localDayIn('America/Los_Angeles');
    // DST starts 2024-03-10 10:00Z (02:00 PST → 03:00 PDT).
    expect(la(new Date('2024-03-10T07:59:00Z'))).toBe('2024-03-09');
    expect(la(new Date('2024-03-10T08:00:00Z'))).toBe('2024-03-10');
    expect(la(new Date('2024-03-11T06:59:00Z'))).toBe('2024-03-10');
    expect(la(new Date('2024-03-11T07:00:00Z'))).toBe('2024-03-11');
  });
});
