import { describe, expect, it } from 'vitest';
import { englishProfile, koreanProfile, type Profile } from '../../src/note/index.js';
import { deriveFields } from '../../src/schedule/index.js';
import { clockAt, fieldsFromFrontmatter, fieldsOf, seedFrontmatter } from './helpers.js';

describe('deriveFields on the seed note', () => {
  const fm = seedFrontmatter();
  const fields = fieldsFromFrontmatter(fm, koreanProfile);
  const values = deriveFields(koreanProfile, fields, clockAt('2024-10-27T14:01', 'Asia/Seoul'));

  it('reads the seed inputs as expected', () => {
    expect(fields).toEqual({
      firstStudy: '2024-08-08',
      subject: 'Linux',
      done: { d1: true, d4: true, d7: true, d14: true },
      longTerm: false,
      status: '추가 복습',
    });
  });

  it('derives every profile key', () => {
    expect([...values.keys()]).toEqual(koreanProfile.derived.map((d) => d.key));
  });

  it.each(koreanProfile.derived.map((d) => d.key))('%s equals the seed frontmatter exactly', (key) => {
    expect(key in fm).toBe(true);
    expect(values.get(key)).toBe(String(fm[key]));
  });

  it('spot-checks values the user sees', () => {
    expect(values.get('🛑첫학습후 몇일째?')).toBe('첫 학습 후 ❤80일째❤');
    expect(values.get('오늘1')).toBe('@2024년 10월 27일 오후 2:01');
    expect(values.get('4일후')).toBe('@2024년 8월 12일');
    expect(values.get('학습률')).toBe('0.6');
    expect(values.get('진행바')).toBe('🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%');
  });
});

describe('deriveFields', () => {
  it('follows the clock: AM, day count and today in the clock zone', () => {
    const values = deriveFields(koreanProfile, fieldsOf('2024-08-08'), clockAt('2024-08-09T09:05'));
    expect(values.get('오늘1')).toBe('@2024년 8월 9일 오전 9:05');
    expect(values.get('사이')).toBe('1');
    expect(values.get('학습률')).toBe('0');
    expect(values.get('1일차복습여부1,0')).toBe('0');
  });

  it('uses the clock zone for today, not UTC', () => {
    // 2024-10-27T01:00 in Seoul is 2024-10-26 in UTC.
    const values = deriveFields(koreanProfile, fieldsOf('2024-08-08'), clockAt('2024-10-27T01:00'));
    expect(values.get('오늘2')).toBe('2024/10/27');
    expect(values.get('사이')).toBe('80');
  });

  it('formats the English profile', () => {
    const fields = fieldsOf('2024-08-08', ['d1', 'd4', 'd7', 'longTerm']);
    const values = deriveFields(englishProfile, fields, clockAt('2024-10-27T14:01'));
    expect(Object.fromEntries(values)).toEqual({
      today: '2024-10-27',
      'today-long': 'October 27, 2024 2:01 PM',
      'days-since': '80',
      'day4-date': '2024-08-12',
      'day7-date': '2024-08-15',
      'day14-date': '2024-08-22',
      'learning-rate': '1',
      progress: '🟩🟩🟩🟩🟩🟩🟩🟩🟩🟩 100%',
    });
  });
});

describe('deriveFields: the learning rate', () => {
  it('is written as the template writes it (0 and 1, not 0.0 and 1.0), or as a profile asks', () => {
    const none = fieldsOf('2024-08-08');
    const all = fieldsOf('2024-08-08', ['d1', 'd4', 'd7', 'd14', 'longTerm']);
    const clock = clockAt('2024-10-27T14:01');
    expect(deriveFields(koreanProfile, none, clock).get('학습률')).toBe('0');
    expect(deriveFields(koreanProfile, all, clock).get('학습률')).toBe('1');
    const decimal: Profile = {
      ...koreanProfile,
      derived: koreanProfile.derived.map((d) =>
        d.format.kind === 'rate' ? { ...d, format: { kind: 'rate', style: 'one-decimal' } } : d,
      ),
    };
    expect(deriveFields(decimal, none, clock).get('학습률')).toBe('0.0');
    expect(deriveFields(decimal, all, clock).get('학습률')).toBe('1.0');
  });
});
