import { describe, expect, it } from 'vitest';
import {
  readFrontmatter,
  type Frontmatter,
  parseLocalDate,
  englishProfile,
  koreanProfile,
  readFields,
} from '../../src/note/index.js';

const FLAGS = ['❤1일복습여부: true', '🧡4일복습여부: false', '💛7일복습여부: false', '💚14일복습여부: false'];

function fm(lines: string[]): Frontmatter {
  const r = readFrontmatter('n.md', `---\n${lines.join('\n')}\n---\nbody\n`);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.frontmatter;
}

function read(lines: string[]) {
  return readFields('n.md', fm(lines), koreanProfile);
}

describe('parseLocalDate', () => {
  it.each([
    ['2024-08-08', '2024-08-08'],
    ['2024/08/08', '2024-08-08'],
    [' 2024/8/8 ', '2024-08-08'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %j as %s', (text, date) => expect(parseLocalDate(text)).toBe(date));

  it.each(['2024-02-30', '2023-02-29', '2024-13-45', '2024-00-10', '24-08-08', '2024.08.08', 'tomorrow', ''])(
    'rejects %j',
    (text) => expect(parseLocalDate(text)).toBeNull(),
  );
});

describe('readFields', () => {
  it('reads the seed-style fields through the Korean profile', () => {
    const r = read([
      '➕첫 학습날: 2024-08-08',
      '➕과목: Linux',
      ...FLAGS,
      '🧠장기기억: true',
      '복습: 추가 복습',
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(r.fields).toEqual({
      firstStudy: '2024-08-08',
      subject: 'Linux',
      done: { d1: true, d4: false, d7: false, d14: false },
      longTerm: true,
      status: '추가 복습',
    });
  });

  it('accepts quoted and slash dates', () => {
    expect(read(['➕첫 학습날: "2024/08/09"', ...FLAGS, '🧠장기기억: false']).fields?.firstStudy).toBe(
      '2024-08-09',
    );
    expect(read(["➕첫 학습날: '2024-08-10'", ...FLAGS, '🧠장기기억: false']).fields?.firstStudy).toBe(
      '2024-08-10',
    );
  });

  it('reports a missing first-study date as fatal', () => {
    const r = read(['➕과목: Linux', ...FLAGS, '🧠장기기억: false']);
    expect(r.fields).toBeNull();
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'first-study-missing', line: 1, fatal: true }),
    );
  });

  it('reports an empty first-study value at its own line', () => {
    const r = read(['➕과목: Linux', '➕첫 학습날:', ...FLAGS]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ rule: 'first-study-missing', line: 3 }));
  });

  it('reports an impossible date with the key line and the value', () => {
    const r = read(['➕과목: Linux', '➕첫 학습날: 2024-02-30', ...FLAGS, '🧠장기기억: false']);
    expect(r.fields).toBeNull();
    const d = r.diagnostics.find((x) => x.rule === 'first-study-invalid');
    expect(d).toMatchObject({ file: 'n.md', line: 3, fatal: true });
    expect(d?.message).toContain('2024-02-30');
  });

  it('reports a number as first-study date as invalid', () => {
    const r = read(['➕첫 학습날: 20240808', ...FLAGS, '🧠장기기억: false']);
    expect(r.diagnostics[0]).toMatchObject({ rule: 'first-study-invalid', line: 2 });
  });

  it.each([
    ['3', 'number 3'],
    ['yes-ish', 'text "yes-ish"'],
    ['[true]', 'a list or map'],
  ])('reports a flag of %s as wrong-type naming the key, line and expected type', (value, found) => {
    const r = read([
      '➕첫 학습날: 2024-08-08',
      `❤1일복습여부: ${value}`,
      ...FLAGS.slice(1),
      '🧠장기기억: false',
    ]);
    expect(r.fields).toBeNull();
    expect(r.diagnostics).toEqual([
      {
        file: 'n.md',
        line: 3,
        rule: 'wrong-type',
        message: `"❤1일복습여부" must be true or false, found ${found}`,
        fatal: true,
      },
    ]);
  });

  it('tolerates quoted "true"/"false" and an empty flag (false)', () => {
    const r = read([
      '➕첫 학습날: 2024-08-08',
      '❤1일복습여부: "TRUE"',
      "🧡4일복습여부: 'false'",
      '💛7일복습여부:',
      '💚14일복습여부: false',
      '🧠장기기억: false',
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(r.fields?.done).toEqual({ d1: true, d4: false, d7: false, d14: false });
  });

  it('reads missing flags as false with a non-fatal key-missing warning', () => {
    const r = read(['➕첫 학습날: 2024-08-08', '❤1일복습여부: true']);
    expect(r.fields?.done).toEqual({ d1: true, d4: false, d7: false, d14: false });
    expect(r.fields?.longTerm).toBe(false);
    const missing = r.diagnostics.filter((d) => d.rule === 'key-missing');
    expect(missing).toHaveLength(4);
    expect(missing.every((d) => !d.fatal)).toBe(true);
  });

  it('reads subject and status as text or null; a list subject is a warning', () => {
    const r = read([
      '➕첫 학습날: 2024-08-08',
      '➕과목: [a, b]',
      '복습: 2024',
      ...FLAGS,
      '🧠장기기억: false',
    ]);
    expect(r.fields?.subject).toBeNull();
    expect(r.fields?.status).toBe('2024');
    expect(r.diagnostics).toEqual([expect.objectContaining({ rule: 'wrong-type', line: 3, fatal: false })]);
  });

  it('uses the English profile keys', () => {
    const lines = ['first-studied: 2026-11-25', 'subject: Math', 'day1-done: true', 'day4-done: false'];
    const r = readFields(
      'e.md',
      fm([...lines, 'day7-done: false', 'day14-done: false', 'long-term: false']),
      englishProfile,
    );
    expect(r.fields).toMatchObject({
      firstStudy: '2026-11-25',
      subject: 'Math',
      done: { d1: true, d4: false },
    });
    expect(r.fields?.status).toBeNull();
  });
});
