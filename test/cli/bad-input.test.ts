/**
 * Bad input (DESIGN §9) next to a good note: each bad file gets an error naming it, its line and
 * rule; the good note goes on; exit 1; `regen` never touches a bad file but regenerates the good one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldLine } from './note-diff.js';
import {
  FIXTURES,
  makeVault,
  removeTempVaults,
  SAMPLE_NOW,
  SAMPLE_VAULT,
  type TempVault,
} from './run-cli.js';

const good = readFileSync(path.join(SAMPLE_VAULT, 'TCP 3-way handshake.md'), 'utf8');

/** Replace exactly one occurrence of `from` in the good note (so the bad line is known). */
function breakGood(from: string, to: string): string {
  expect(good.split(from)).toHaveLength(2);
  return good.replace(from, to);
}

/** Each bad file, its bytes, and the [line, rule] its error must carry (lines counted by hand). */
const BAD: Record<string, { bytes: () => Buffer; line: number; rule: string }> = {
  // line 3 is `➕과목: …`: an unclosed flow sequence.
  'a-malformed-yaml.md': {
    bytes: () => Buffer.from(breakGood('➕과목: Network', '➕과목: [Network')),
    line: 3,
    rule: 'yaml-syntax',
  },
  // The key is gone: the error points at the frontmatter (its opening line).
  'b-missing-date.md': {
    bytes: () => Buffer.from(breakGood('➕첫 학습날: 2026-11-28\n', '')),
    line: 1,
    rule: 'first-study-missing',
  },
  'c-bad-date.md': {
    bytes: () => Buffer.from(breakGood('➕첫 학습날: 2026-11-28', '➕첫 학습날: 2026-13-45')),
    line: 2,
    rule: 'first-study-invalid',
  },
  'd-wrong-type.md': {
    bytes: () => Buffer.from(breakGood('❤1일복습여부: false', '❤1일복습여부: 3')),
    line: 4,
    rule: 'wrong-type',
  },
  // Latin-1 `café` on line 3 (0xE9 alone is not UTF-8).
  'e-latin1.md': {
    bytes: () =>
      Buffer.concat([Buffer.from('---\n➕첫 학습날: 2026-11-28\n➕과목: caf'), Buffer.from([0xe9, 0x0a])]),
    line: 3,
    rule: 'not-utf8',
  },
  // The seed as it arrived: line 2 (`➕첫 학습날`) is the first line with mojibake.
  'f-double-encoded.md': {
    bytes: () => readFileSync(path.join(FIXTURES, '000_534451c106ed58f9.txt')),
    line: 2,
    rule: 'double-encoded',
  },
};

let v: TempVault;
beforeAll(() => {
  v = makeVault({ 'good.md': path.join(SAMPLE_VAULT, 'TCP 3-way handshake.md') });
  for (const [name, bad] of Object.entries(BAD)) writeFileSync(v.note(name), bad.bytes());
});
afterAll(removeTempVaults);

const expectBadFilesUntouched = () => {
  for (const [name, bad] of Object.entries(BAD))
    expect(readFileSync(v.note(name)).equals(bad.bytes())).toBe(true);
};

describe('a vault with one good note and six bad ones', () => {
  it('ingest --json names each bad file with its line and rule, and exits 1', async () => {
    const r = await v.run(['ingest', '--json', ...SAMPLE_NOW]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      scanned: number;
      errors: { path: string; line: number; rule: string; message: string }[];
    };
    expect(report.scanned).toBe(7);
    expect(report.errors.map((e) => [e.path, e.line, e.rule])).toEqual(
      Object.entries(BAD).map(([name, bad]) => [name, bad.line, bad.rule]),
    );
    for (const e of report.errors) expect(e.message.length).toBeGreaterThan(10);
    expect(report.errors.find((e) => e.path === 'd-wrong-type.md')?.message).toContain('❤1일복습여부');
    expectBadFilesUntouched();
  });

  it('due still lists the good note (and exits 1 for the errors, printed with file:line)', async () => {
    const r = await v.run(['due', '--json', ...SAMPLE_NOW]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        path: 'good.md',
        title: 'good',
        subject: 'Network',
        stage: 'd1',
        due: '2026-11-29',
        overdueDays: 0,
        cards: 6,
      },
    ]);
    for (const [name, bad] of Object.entries(BAD)) expect(r.stderr).toContain(`${name}:${bad.line}:`);
  });

  it('regen exits 1, leaves every bad file byte-identical, and regenerates the good one', async () => {
    const r = await v.run(['regen', '--now', '2026-11-30T08:00', '--tz', 'Asia/Seoul']);
    expect(r.code).toBe(1);
    for (const name of Object.keys(BAD)) expect(r.stderr).toContain(name);
    expectBadFilesUntouched();
    expect(fieldLine(v.note('good.md'), '오늘2')).toBe('오늘2: 2026/11/30');
    expect(fieldLine(v.note('good.md'), '사이')).toBe('사이: "2"');
  });
});
