/** `staleNotes`: regen's index-only answer agrees with reading the files. */
import { describe, expect, it } from 'vitest';
import { koreanProfile } from '../../src/note/index.js';
import { staleKeys, staleNotes } from '../../src/regen/index.js';
import type { DerivedRow } from '../../src/store/index.js';
import { derivedRow } from './derived-row.js';
import { parseNow } from '../../src/time/index.js';

const seed = (first: string, rate = '"0.6"') =>
  [
    '---',
    `➕첫 학습날: ${first}`,
    '❤1일복습여부: true',
    '🧡4일복습여부: true',
    '💛7일복습여부: true',
    '💚14일복습여부: false',
    '🧠장기기억: false',
    '🛑첫날: "✍첫날 : 2024/08/08"',
    `학습률: ${rate}`,
    '---',
    '본문',
  ].join('\n');

const row = derivedRow;

const clock = { now: parseNow('2024-10-27T14:01', 'Asia/Seoul') ?? new Date(0), tz: 'Asia/Seoul' };

describe('staleNotes', () => {
  it('finds exactly the notes whose files staleKeys finds stale, with and without --add-missing', () => {
    const texts: Record<string, string> = {
      'fresh.md': seed('2024-08-08'),
      'wrong-rate.md': seed('2024-08-08', '"0.4"'),
      'unquoted-rate.md': seed('2024-08-08', '0.6'),
      'other-day.md': seed('2024-08-07'),
    };
    for (const addMissing of [false, true]) {
      const fromFiles = Object.entries(texts)
        .filter(([path, text]) => {
          const r = staleKeys(path, text, clock, { addMissing });
          return r.ok && r.keys.length > 0;
        })
        .map(([path]) => path)
        .sort();
      const rows = Object.entries(texts).map(([path, text]) => row(path, text));
      const index = staleNotes(rows, clock, { addMissing });
      expect(index.stale.sort()).toEqual(fromFiles);
      expect(index.unchanged).toBe(rows.length - fromFiles.length);
    }
    expect(staleNotes([row('fresh.md', texts['fresh.md'] ?? '')], clock, {}).stale).toEqual([]);
  });

  it('reports stored errors, leaves rows without recorded values to the files, and keeps to `only`', () => {
    const error = { file: 'bad.md', line: 2, rule: 'yaml-syntax', message: 'bad', fatal: true };
    const rows: DerivedRow[] = [
      { path: 'bad.md', profileId: null, fields: null, errors: [error], derived: null },
      { ...row('old.md', seed('2024-08-08')), derived: null },
      row('fresh.md', seed('2024-08-08')),
    ];
    const all = staleNotes(rows, clock, {});
    expect(all.errors).toEqual([{ path: 'bad.md', line: 2, rule: 'yaml-syntax', message: 'bad' }]);
    expect(all.unknown).toEqual(['old.md']);
    expect(staleNotes(rows, clock, { only: new Set(['fresh.md']) })).toEqual({
      stale: [],
      unknown: [],
      unchanged: 1,
      errors: [],
    });
    expect(koreanProfile.derived.length).toBeGreaterThan(0);
  });
});
