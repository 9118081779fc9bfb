/**
 * Hostile and odd vault content at the CLI (issue 11 point 4): a frontmatter nested 5 000 levels
 * deep or holding a 50 MB value is one error naming the file and line, in bounded time, and the
 * good note goes on; files the walk must skip (an unreadable folder, a dangling link, a name that
 * is not UTF-8) are each reported; a derived key regen cannot rewrite is reported with its line.
 * No stack trace anywhere, and no bad file is written.
 */
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doubleEncode } from '../doctor/double-encode.js';
import { makeVault, removeTempVaults, SAMPLE_NOW, SAMPLE_VAULT, type TempVault } from './run-cli.js';

const seed = readFileSync(path.join(SAMPLE_VAULT, 'TCP 3-way handshake.md'), 'utf8');
const HEAD = '---\n➕첫 학습날: 2026-11-28\n';

/** Each hostile note, and the line and rule its error must carry. */
const HOSTILE: Record<string, { text: () => string; line: number; rule: string }> = {
  'deep-flow.md': {
    text: () => `${HEAD}x: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`,
    line: 3,
    rule: 'frontmatter-too-deep',
  },
  'deep-map.md': {
    text: () =>
      HEAD + Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i % 2000)}k${i}:`).join('\n') + '\n---\n',
    line: 2,
    rule: 'frontmatter-too-large',
  },
  'deep-list.md': {
    text: () => `${HEAD}x:\n${'- '.repeat(5000)}a\n---\n`,
    line: 4,
    rule: 'frontmatter-too-deep',
  },
  'huge-value.md': {
    text: () => `${HEAD}x: "${'a'.repeat(50 * 1024 * 1024)}"\n---\n`,
    line: 2,
    rule: 'frontmatter-too-large',
  },
};

let v: TempVault;
beforeAll(() => {
  v = makeVault({ 'good.md': path.join(SAMPLE_VAULT, 'TCP 3-way handshake.md') });
  for (const [name, h] of Object.entries(HOSTILE)) writeFileSync(v.note(name), h.text());
});
afterAll(removeTempVaults);

const noTrace = (stderr: string): void => expect(stderr).not.toContain('    at ');

describe('hostile frontmatter', () => {
  for (const command of ['ingest', 'regen', 'doctor']) {
    it(`${command}: one error per hostile note with its line, bounded time, nothing written`, async () => {
      const before = Object.keys(HOSTILE).map((n) => readFileSync(v.note(n)));
      const r = await v.run([command, ...SAMPLE_NOW], { timeoutMs: 30_000 });
      noTrace(r.stderr);
      expect(r.code).toBe(1);
      for (const [name, h] of Object.entries(HOSTILE)) {
        // doctor's findings are its output (stdout); every other command's errors go to stderr.
        const lines = (r.stdout + r.stderr).split('\n').filter((l) => l.startsWith(`${name}:`));
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(`${name}:${h.line}: error:`);
        expect(lines[0]).toContain(`[${h.rule}]`);
      }
      expect(r.ms).toBeLessThan(10_000);
      Object.keys(HOSTILE).forEach((n, i) =>
        expect(readFileSync(v.note(n)).equals(before[i] ?? Buffer.alloc(0))).toBe(true),
      );
    });
  }
});

describe('files the walk skips', () => {
  let w: TempVault;
  beforeAll(() => {
    w = makeVault({ 'good.md': path.join(SAMPLE_VAULT, 'TCP 3-way handshake.md') });
    symlinkSync(path.join(w.dir, 'nowhere.md'), w.note('dangling.md'));
    writeFileSync(Buffer.from(`${w.vault}/caf\xe9.md`, 'latin1'), seed);
    mkdirSync(w.note('locked'));
    writeFileSync(w.note('locked/inside.md'), seed);
    chmodSync(w.note('locked'), 0o000);
  });
  afterAll(() => chmodSync(w.note('locked'), 0o755));

  it('ingest --json lists each one; the text summary counts them; every command warns', async () => {
    const json = await w.run(['ingest', '--json', ...SAMPLE_NOW]);
    noTrace(json.stderr);
    const report = JSON.parse(json.stdout) as { skipped: { path: string; rule: string }[] };
    const rules = Object.fromEntries(report.skipped.map((s) => [s.rule, s.path]));
    expect(rules['skipped-dangling-link']).toBe('dangling.md');
    expect(rules['skipped-name-not-utf8']).toMatch(/^caf\uFFFD\.md$/);
    // Root reads any folder: the unreadable one is only reported when the mode bites.
    if (process.getuid?.() !== 0) expect(rules['skipped-unreadable-folder']).toBe('locked');
    const due = await w.run(['due', ...SAMPLE_NOW]);
    expect(due.stderr).toMatch(/^dangling\.md: warning: skipped: .*\[skipped-dangling-link\]$/m);
    expect(due.code).toBe(0);
    const doctor = await w.run(['doctor', ...SAMPLE_NOW]);
    noTrace(doctor.stderr);
    expect(doctor.stdout).toMatch(/^dangling\.md: warning: skipped: .*\[skipped-dangling-link\]$/m);
    const text = await w.run(['ingest', ...SAMPLE_NOW]);
    expect(text.stdout).toMatch(/, \d+ skipped\n$/);
  });
});

describe('a derived key regen cannot rewrite', () => {
  it('!!binary and a list: one warning each with file:line, the other keys updated, exit 1', async () => {
    const u = makeVault({});
    writeFileSync(u.note('bin.md'), seed.replace(/^오늘2: .*$/m, '오늘2: !!binary aGVsbG8='));
    writeFileSync(u.note('list.md'), seed.replace(/^오늘2: .*$/m, '오늘2: [a, b]'));
    const r = await u.run(['regen', '--now', '2026-12-09T10:00', '--tz', 'Asia/Seoul']);
    noTrace(r.stderr);
    expect(r.stderr).toMatch(
      /^bin\.md:23: warning: "오늘2" holds binary data .*\[derived-not-regenerable\]$/m,
    );
    expect(r.stderr).toMatch(/^list\.md:23: warning: "오늘2" holds a list.*\[derived-not-regenerable\]$/m);
    expect(r.code).toBe(1);
    for (const name of ['bin.md', 'list.md'])
      expect(readFileSync(u.note(name), 'utf8')).toMatch(/^사이: "11"$/m);
    // The next run finds them stale from the index alone, and says so again instead of "up to date".
    const again = await u.run(['regen', '--now', '2026-12-09T10:00', '--tz', 'Asia/Seoul']);
    expect(again.stderr.match(/\[derived-not-regenerable\]/g)).toHaveLength(2);
    expect(again.stdout).toBe('0 notes regenerated, 0 already up to date\n');
    expect(again.code).toBe(1);
  });
});

describe('escape sequences in a note and its file name', () => {
  // A window title (OSC 0), the clipboard (OSC 52), a cleared screen: a terminal obeys these.
  const evil = 'evil\u001b]52;c;aGk=\u0007.md';
  // eslint-disable-next-line no-control-regex -- what the test looks for
  const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
  let e: TempVault;
  beforeAll(() => {
    e = makeVault({ 'good.md': path.join(SAMPLE_VAULT, 'TCP 3-way handshake.md') });
    const text = seed
      .replace(/^(- .*)\?$/m, '$1 \u001b]0;PWNED\u0007\u001b[2J?')
      .replace(/^(➕과목: ).*$/m, '$1"Net\\e[5mwork\\x07"');
    writeFileSync(e.note(evil), text);
    writeFileSync(e.note('damaged.md'), doubleEncode(text, '1254'));
  });

  for (const command of [
    'ingest',
    'due',
    'stats',
    'doctor',
    'doctor --fix-encoding --dry-run',
    'calendar',
    'regen',
  ]) {
    it(`${command} prints them as visible stand-ins (␛, ␇), never raw`, async () => {
      const r = await e.run(['--no-color', ...command.split(' '), ...SAMPLE_NOW]);
      noTrace(r.stderr);
      expect((r.stdout + r.stderr).replace(/\r\n/g, '\n')).not.toMatch(RAW);
      if (command === 'due') expect(r.stdout).toContain('evil␛]52;c;aGk=␇.md');
      if (command.includes('--fix-encoding')) expect(r.stdout).toContain('␛]0;PWNED␇␛[2J?');
    });
  }

  it('--json escapes them as JSON does', async () => {
    const r = await e.run(['due', '--json', ...SAMPLE_NOW]);
    expect(r.stdout).toContain('evil\\u001b]52;c;aGk=\\u0007.md');
  });
});
