import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isTimeZone, startOfLocalDay, today } from '../../src/time/clock.js';
import { fromLocalMs, offsetMinutes, setHostZone, toLocalMs } from '../../src/time/zone-offset.js';

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

describe('the host zone (process.env.TZ set by main.ts) gives the same offsets from Date', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    setHostZone(null);
    process.env.TZ = saved;
  });

  it.each(zones)('%s: offsetMinutes from Date equals the Intl offset', (tz) => {
    const samples = fc.sample(instant, 2000);
    const viaIntl = samples.map((ms) => offsetMinutes(tz, ms));
    process.env.TZ = tz;
    setHostZone(tz);
    const viaDate = samples.map((ms) => offsetMinutes(tz, ms));
    expect(viaDate).toEqual(viaIntl);
    // The fast path is really taken: with the process in another zone, the answers differ.
    process.env.TZ = tz === 'Asia/Kathmandu' ? 'Asia/Seoul' : 'Asia/Kathmandu';
    expect(samples.map((ms) => offsetMinutes(tz, ms))).not.toEqual(viaIntl);
  });

  it('a zone other than the host one still asks Intl', () => {
    process.env.TZ = 'Asia/Seoul';
    setHostZone('Asia/Seoul');
    const ms = Date.UTC(2024, 6, 1);
    expect(offsetMinutes('America/Los_Angeles', ms)).toBe(-420);
    expect(offsetMinutes('Asia/Seoul', ms)).toBe(540);
    expect(Object.is(offsetMinutes('UTC', ms), 0)).toBe(true);
  });

  it('DST edges agree in zones that have them', () => {
    const edges = [
      Date.UTC(2024, 2, 10, 10),
      Date.UTC(2024, 10, 3, 9),
      Date.UTC(2024, 2, 31, 1),
      Date.UTC(2024, 9, 27, 1),
    ];
    for (const tz of ['America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe']) {
      const around = edges.flatMap((e) => [e - 1, e, e + 1, e - 3_600_000, e + 3_600_000]);
      const viaIntl = around.map((ms) => offsetMinutes(tz, ms));
      process.env.TZ = tz;
      setHostZone(tz);
      expect(
        around.map((ms) => offsetMinutes(tz, ms)),
        tz,
      ).toEqual(viaIntl);
      setHostZone(null);
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
