// Must stay the first import: it sets TZ before any other module runs.
import { ORIGINAL_TZ } from './tz-los-angeles.js';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { koreanProfile } from '../../src/note/index.js';
import {
  deriveFields,
  memoryFromHistory,
  noteLongTermDue,
  milestoneDates,
  scheduleNote,
} from '../../src/schedule/index.js';
import { startOfLocalDay } from '../../src/time/index.js';
import { clockAt, fieldsFromFrontmatter, fieldsOf, seedFrontmatter } from './helpers.js';

afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

const la = 'America/Los_Angeles';

describe('west of UTC (process TZ America/Los_Angeles)', () => {
  it('really runs west of UTC', () => {
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBeGreaterThan(0);
  });

  it('keeps an unquoted 2024-08-08 as 2024-08-08', () => {
    expect(fieldsFromFrontmatter(seedFrontmatter(), koreanProfile).firstStudy).toBe('2024-08-08');
  });

  it('puts the milestones on the same calendar days', () => {
    expect(milestoneDates('2024-08-08')).toEqual({
      d1: '2024-08-09',
      d4: '2024-08-12',
      d7: '2024-08-15',
      d14: '2024-08-22',
    });
  });

  it('reproduces the seed derived values with the user zone Asia/Seoul', () => {
    const fm = seedFrontmatter();
    const values = deriveFields(
      koreanProfile,
      fieldsFromFrontmatter(fm, koreanProfile),
      clockAt('2024-10-27T14:01'),
    );
    for (const { key } of koreanProfile.derived) expect(values.get(key), key).toBe(String(fm[key]));
  });

  it('counts days and formats dates in a user zone of Los Angeles', () => {
    const values = deriveFields(koreanProfile, fieldsOf('2024-08-08'), clockAt('2024-10-27T23:30', la));
    expect(values.get('사이')).toBe('80');
    expect(values.get('오늘2')).toBe('2024/10/27');
    expect(values.get('첫학습날text')).toBe('2024/08/08');
    expect(values.get('14일후')).toBe('@2024년 8월 22일');
    expect(values.get('오늘1')).toBe('@2024년 10월 27일 오후 11:30');
  });

  it('makes a milestone due on its local day, late in the evening included', () => {
    const before = scheduleNote(fieldsOf('2024-08-08'), koreanProfile, clockAt('2024-08-08T23:59', la), null);
    const on = scheduleNote(fieldsOf('2024-08-08'), koreanProfile, clockAt('2024-08-09T00:00', la), null);
    const late = scheduleNote(fieldsOf('2024-08-08'), koreanProfile, clockAt('2024-08-12T23:30', la), null);
    expect(before.isDue).toBe(false);
    expect(on).toMatchObject({ isDue: true, due: '2024-08-09', overdueDays: 0 });
    expect(late).toMatchObject({ stage: 'd1', overdueDays: 3, dueMilestones: ['d1', 'd4'] });
  });

  it('starts FSRS at the local midnight and gives local due dates', () => {
    expect(startOfLocalDay('2024-08-08', la).toISOString()).toBe('2024-08-08T07:00:00.000Z');
    const s = memoryFromHistory('2024-08-08', la, [{ at: clockAt('2024-08-09T22:00', la).now, grade: 3 }]);
    expect(noteLongTermDue([s], la)).toBe('2024-08-16');
  });

  it('gives the same derived values in a child node started with TZ=America/Los_Angeles', async () => {
    const script = fileURLToPath(new URL('./west-of-utc-script.ts', import.meta.url));
    const env = { ...process.env, TZ: la };
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', script, 'Asia/Seoul'],
      { env },
    );
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out.offset).toBe(480);
    expect(out.firstStudy).toBe('2024-08-08');
    expect(out.derived).toEqual(out.expected);
    expect(out.dates).toEqual({ d1: '2024-08-09', d4: '2024-08-12', d7: '2024-08-15', d14: '2024-08-22' });
    expect(out.schedule).toMatchObject({ stage: 'extra', due: '2024-10-27', isDue: true });
  }, 60_000);
});
