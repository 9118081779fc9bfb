import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/note/index.js';
import { runDoctor, type DoctorFile } from '../../src/doctor/index.js';
import { SEED_CLEAN, SEED_ORIGINAL, SYNTHETIC_CORPUS } from './double-encode.js';

const clock = { now: new Date('2024-10-27T05:01:02Z'), tz: 'Asia/Seoul' };
const clean = readFileSync(SEED_CLEAN);
const seedFile: DoctorFile = { path: 'inbox/seed.md', bytes: readFileSync(SEED_ORIGINAL) };

/** A fake note checker: one warning per note that lacks the first-study key, and a record of what it saw. */
function fakeChecker() {
  const seen: string[] = [];
  const check = (path: string, text: string): Diagnostic[] => {
    seen.push(path);
    return text.includes('➕첫 학습날')
      ? []
      : [{ file: path, line: 1, rule: 'first-study-missing', message: 'no date', fatal: true }];
  };
  return { seen, check };
}

describe('runDoctor', () => {
  it('passes clean notes to the note checker and reports what it says', () => {
    const { seen, check } = fakeChecker();
    const files = [
      { path: 'a.md', bytes: clean },
      { path: 'b.md', bytes: Buffer.from('# no frontmatter\n') },
    ];
    const r = runDoctor(files, check, { fixEncoding: false, corpus: [], clock });
    expect(seen).toEqual(['a.md', 'b.md']);
    expect(r.findings.map((f) => `${f.file}:${f.rule}`)).toEqual(['b.md:first-study-missing']);
    expect(r.fixes).toEqual([]);
  });

  it('reports a file that is not UTF-8 with its line, and hints at CP949 for Korean', () => {
    const euckr = Buffer.concat([
      Buffer.from('---\ntitle: x\n'),
      Buffer.from([0xc7, 0xd1, 0xb1, 0xdb]),
      Buffer.from('\n'),
    ]);
    const latin1 = Buffer.from('ok\nok\ncaf\xe9\n', 'latin1');
    const { seen, check } = fakeChecker();
    const r = runDoctor(
      [
        { path: 'k.md', bytes: euckr },
        { path: 'l.md', bytes: latin1 },
      ],
      check,
      { fixEncoding: true, corpus: [], clock },
    );
    expect(seen).toEqual([]);
    expect(r.findings).toMatchObject([
      { file: 'k.md', line: 3, column: 1, rule: 'not-utf8', fatal: true },
      { file: 'l.md', line: 3, column: 4, rule: 'not-utf8', fatal: true },
    ]);
    expect(r.findings[0]?.message).toContain('CP949');
    expect(r.findings[1]?.message).toContain('0xE9');
    expect(r.findings[1]?.message).not.toContain('CP949');
  });

  it('reports double encoding at its first line and tells how to fix it, without fixing', () => {
    const { seen, check } = fakeChecker();
    const r = runDoctor([seedFile], check, { fixEncoding: false, corpus: [], clock });
    expect(seen).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      file: 'inbox/seed.md',
      line: 2,
      rule: 'double-encoded',
      fatal: true,
    });
    expect(r.findings[0]?.message).toContain('bokseup doctor --fix-encoding');
    expect(r.findings[0]?.message).toContain('Windows-1254');
    expect(r.fixes).toEqual([]);
  });

  it('with fixEncoding, returns the repair, its diff, a timestamped backup name, and checks the result', () => {
    const { seen, check } = fakeChecker();
    const files = [seedFile, { path: 'clean.md', bytes: clean }];
    const r = runDoctor(files, check, { fixEncoding: true, corpus: [], clock });
    const fix = r.fixes[0];
    expect(r.fixes).toHaveLength(1);
    expect(fix?.backupName).toBe('inbox/seed.md.bak-20241027140102');
    expect(fix?.codePage).toBe('1254');
    // The corpus defaulted to the clean file given (the seed itself here): the leave-one-in figure.
    expect(fix?.guesses).toHaveLength(500);
    expect(fix?.newText.split('\n')[1]).toBe('➕첫 학습날: 2024-08-08');
    expect(fix?.diff.startsWith('--- a/inbox/seed.md\n+++ b/inbox/seed.md\n@@ -1,')).toBe(true);
    expect(fix?.diff).toContain('\n+➕과목: Linux\n');
    expect(seen).toEqual(['inbox/seed.md', 'clean.md']);
    expect(r.findings.map((f) => f.rule)).toEqual(['double-encoded']);
  });

  it('uses the given corpus when there is one', () => {
    const { check } = fakeChecker();
    const corpus = [readFileSync(SYNTHETIC_CORPUS, 'utf8')];
    const withSeed = runDoctor([seedFile, { path: 'c.md', bytes: clean }], check, {
      fixEncoding: true,
      corpus: [],
      clock,
    });
    const without = runDoctor([seedFile, { path: 'c.md', bytes: clean }], check, {
      fixEncoding: true,
      corpus,
      clock,
    });
    expect(without.fixes[0]?.newText).not.toBe(withSeed.fixes[0]?.newText);
    expect(without.fixes[0]?.newText).toContain('➕첫 학습날');
  });
});
