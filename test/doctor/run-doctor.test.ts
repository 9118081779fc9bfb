import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, parseNote } from '../../src/note/index.js';
import { runDoctor, type DoctorFile } from '../../src/doctor/index.js';
import { doubleEncode, SEED_CLEAN, SEED_ORIGINAL, SYNTHETIC_CORPUS } from './double-encode.js';

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

  it('reports a file that is not UTF-8 with its line and byte', () => {
    const latin1 = Buffer.from('ok\nok\ncaf\xe9\n', 'latin1');
    const { seen, check } = fakeChecker();
    const r = runDoctor([{ path: 'l.md', bytes: latin1 }], check, { fixEncoding: true, corpus: [], clock });
    expect(seen).toEqual([]);
    expect(r.findings).toMatchObject([{ file: 'l.md', line: 3, column: 4, rule: 'not-utf8', fatal: true }]);
    expect(r.findings[0]?.message).toContain('0xE9');
    expect(r.fixes).toEqual([]);
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

describe('runDoctor: a repair that would break the frontmatter', () => {
  // 영 and 의 lose the same byte (EC 98 81 / EC 9D 98 both read back as EC 98): two keys that
  // differ only there become one key after any repair, which YAML cannot hold twice.
  const text = '---\n영어: 1\n의어: 2\n---\n본문\n';
  const file = { path: 'dup.md', bytes: Buffer.from(doubleEncode(text, '1254'), 'utf8') };

  it('is refused with a message naming the line, and not offered as a fix', () => {
    const check = (p: string, t: string): Diagnostic[] => parseNote(p, t).diagnostics;
    const r = runDoctor([file], check, { fixEncoding: true, corpus: [], clock });
    expect(r.fixes).toEqual([]);
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0]?.refusal).toMatch(/^line 3: key ".." appears twice/);
    const refused = r.findings.find((f) => f.rule === 'repair-refused');
    expect(refused).toMatchObject({ file: 'dup.md', fatal: true });
    expect(refused?.message).toContain('frontmatter would not read');
  });

  it('a template note whose first-study date would not read back is refused too', () => {
    const seedText = readFileSync(SEED_ORIGINAL, 'utf8');
    const lost = (p: string): Diagnostic[] => [
      { file: p, line: 2, rule: 'first-study-missing', message: 'gone', fatal: true },
    ];
    const r = runDoctor([{ path: 's.md', bytes: Buffer.from(seedText) }], lost, {
      fixEncoding: true,
      corpus: [],
      clock,
      anchors: ['➕첫 학습날:'],
    });
    expect(r.fixes).toEqual([]);
    expect(r.refused[0]?.refusal).toBe('line 2: gone');
  });
});

describe('runDoctor: notes in other encodings', () => {
  const note = '---\n➕첫 학습날: 2024-08-08\n➕과목: 리눅스\n---\n### 단서 질문\n- 한글 노트\n';
  const { check } = fakeChecker();

  it.each([
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(note, 'utf16le')])],
    ['UTF-16LE', Buffer.from(note, 'utf16le')],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(note, 'utf16le').swap16()])],
  ])('%s is detected and converted exactly', (label, bytes) => {
    const r = runDoctor([{ path: 'u.md', bytes }], check, { fixEncoding: true, corpus: [], clock });
    expect(r.findings[0]).toMatchObject({ rule: 'not-utf8', fatal: true });
    expect(r.findings[0]?.message).toContain(`saved as ${label}`);
    expect(r.findings[0]?.message).toContain('bokseup doctor --fix-encoding');
    expect(r.fixes[0]).toMatchObject({ path: 'u.md', newText: note, from: label, guesses: [] });
    expect(r.fixes[0]?.diff).toContain('+- 한글 노트');
  });
});

describe('runDoctor: a CP949 note', () => {
  const bytes = readFileSync(new URL('./fixtures/cp949-note.md', import.meta.url));
  const truth = readFileSync(new URL('./fixtures/cp949-note.utf8.md', import.meta.url), 'utf8');

  it('is detected (똠 and 뷁 are CP949 only, not EUC-KR) and converted exactly', () => {
    const { check } = fakeChecker();
    const r = runDoctor([{ path: 'k.md', bytes }], check, { fixEncoding: true, corpus: [], clock });
    expect(r.findings[0]).toMatchObject({ file: 'k.md', rule: 'not-utf8', fatal: true });
    expect(r.findings[0]?.message).toContain('saved as CP949/EUC-KR, not UTF-8');
    expect(r.fixes[0]).toMatchObject({ newText: truth, from: 'CP949/EUC-KR', guesses: [] });
  });
});

describe('runDoctor: marks of unconfirmed guesses', () => {
  it('with mark, doubtful body guesses are wrapped and reported; a later doctor reports them', () => {
    const { check } = fakeChecker();
    const seedFileBytes = readFileSync(SEED_ORIGINAL);
    const r = runDoctor([{ path: 's.md', bytes: seedFileBytes }], check, {
      fixEncoding: true,
      corpus: [],
      clock,
      mark: true,
    });
    const fix = r.fixes[0];
    const marks = fix?.newText.match(/<mark class="bokseup-guess"[^>]*>.<\/mark>/g) ?? [];
    expect(marks.length).toBeGreaterThan(3);
    const front = fix?.newText.split('\n---\n')[0] ?? '';
    expect(front).not.toContain('<mark');
    expect(r.findings.map((f) => f.rule)).toContain('unconfirmed-guess');
    const later = runDoctor([{ path: 's.md', bytes: Buffer.from(fix?.newText ?? '') }], check, {
      fixEncoding: false,
      corpus: [],
      clock,
    });
    const found = later.findings.find((f) => f.rule === 'unconfirmed-guess');
    expect(found).toMatchObject({ file: 's.md', fatal: false });
    expect(found?.message).toMatch(new RegExp(`^${marks.length} unconfirmed`));
  });
});
