import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTimeZone, startOfLocalDay, today, fromLocalMs, toLocalMs } from '../../src/time/index.js';

const zones = [
  'Asia/Seoul',
  'America/Los_Angeles',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/St_Johns',
  'UTC',
];
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) });
const zone = fc.constantFrom(...zones);

describe('cached zone offsets agree with TZDate', () => {
  it('today() is the TZDate calendar date of the instant', () => {
    fc.assert(
      fc.property(instant, zone, (ms, tz) => {
        expect(today({ now: new Date(ms), tz })).toBe(format(new TZDate(ms, tz), 'yyyy-MM-dd'));
      }),
      { numRuns: 3000 },
    );
  });

  it('toLocalMs gives the local clock reading, fromLocalMs inverts it', () => {
    fc.assert(
      fc.property(instant, zone, (ms, tz) => {
        const z = new TZDate(ms, tz);
        const wall = Date.UTC(
          z.getFullYear(),
          z.getMonth(),
          z.getDate(),
          z.getHours(),
          z.getMinutes(),
          z.getSeconds(),
          z.getMilliseconds(),
        );
        expect(toLocalMs(tz, ms)).toBe(wall);
        // Around a fall-back hour two instants read the same: either is a correct inverse.
        expect(toLocalMs(tz, fromLocalMs(tz, wall))).toBe(wall);
      }),
      { numRuns: 3000 },
    );
  });

  it('startOfLocalDay matches TZDate midnight, also on DST days', () => {
    const days = [
      '2024-03-10',
      '2024-11-03',
      '2024-03-31',
      '2024-10-27',
      '2024-04-07',
      '2024-10-06',
      '2024-08-08',
    ];
    for (const tz of zones) {
      for (const d of days) {
        const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
        expect(startOfLocalDay(d, tz).getTime(), `${d} ${tz}`).toBe(new TZDate(y, m - 1, dd, tz).getTime());
      }
    }
  });
});

describe('isTimeZone', () => {
  it('knows canonical names, other spellings ICU accepts, and refuses the rest', () => {
    for (const tz of ['Asia/Seoul', 'America/Los_Angeles', 'UTC', 'Etc/UTC', 'Asia/Calcutta', 'US/Pacific'])
      expect(isTimeZone(tz), tz).toBe(true);
    for (const tz of ['Mars/Olympus_Mons', 'Asia/Seoulx', '', 'KST-9'])
      expect(isTimeZone(tz), tz).toBe(false);
  });
});
