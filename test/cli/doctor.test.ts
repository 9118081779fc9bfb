/**
 * `bokseup doctor` as a user runs it, on temp vaults: the seed as it arrived (double-encoded), a
 * CP949 note and a UTF-16 note. Nothing is written without --yes off a terminal, nor without a yes
 * on one (tmux); --dry-run writes nothing; a written repair keeps the original bytes as a backup.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hasTmux, tmuxSession } from '../e2e/tmux.js';
import {
  BIN,
  FIXTURES,
  makeVault,
  removeTempVaults,
  SAMPLE_NOW,
  SAMPLE_VAULT,
  sampleFiles,
  SEED,
} from './run-cli.js';

const ORIGINAL = path.join(FIXTURES, '000_534451c106ed58f9.txt');
const DOCTOR_FIXTURES = path.resolve(import.meta.dirname, '../doctor/fixtures');
const CP949 = path.join(DOCTOR_FIXTURES, 'cp949-note.md');
const CP949_TRUTH = path.join(DOCTOR_FIXTURES, 'cp949-note.utf8.md');
const BROKEN = 'original.md';

const terminal = tmuxSession({
  server: ['-L', `bokseup-doctor-test-${process.pid}`],
  session: 'doctor',
  env: { ...process.env, TZ: 'Asia/Seoul', TERM: 'xterm-256color' },
  timeout: 20_000,
});

afterAll(() => {
  terminal.killServer();
  removeTempVaults();
});

/** The sample vault (whose clean notes, the seed among them, are the corpus) plus the broken file. */
function vaultWithBroken() {
  return makeVault({ ...sampleFiles(), [BROKEN]: ORIGINAL });
}

const backupsOf = (vault: string, name: string): string[] =>
  readdirSync(vault).filter((n) => n.startsWith(`${name}.bak-`));

describe.concurrent('doctor on the double-encoded seed', () => {
  it('exits 1 and names the file and the rule', async () => {
    const v = vaultWithBroken();
    const r = await v.run(['doctor', ...SAMPLE_NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${BROKEN}:2: .*\\[double-encoded\\]$`, 'm'));
    expect(r.stdout).not.toContain(`${SEED}:`);
  });

  it('--fix-encoding without --yes, off a terminal: shows the diff and every guess, writes nothing', async () => {
    const v = vaultWithBroken();
    const r = await v.run(['doctor', '--fix-encoding', BROKEN, ...SAMPLE_NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`--- a/${BROKEN}\n+++ b/${BROKEN}\n`);
    expect(r.stdout).toContain('+➕첫 학습날: 2024-08-08');
    expect(r.stdout).toContain('500 characters had lost a byte and were guessed');
    expect(r.stdout).not.toMatch(/… and \d+ more/);
    const listed = r.stdout.split('\n').filter((l) => l.startsWith(`  ${BROKEN}:`));
    const shown = listed.reduce((n, l) => n + l.slice(l.indexOf(': ') + 2).split(' · ').length, 0);
    expect(shown).toBe(500);
    expect(r.stdout).toContain('run again with --yes');
    expect(readFileSync(v.note(BROKEN)).equals(readFileSync(ORIGINAL))).toBe(true);
    expect(backupsOf(v.vault, BROKEN)).toEqual([]);
  });

  it('--dry-run writes nothing, even with --yes', async () => {
    const v = vaultWithBroken();
    const r = await v.run(['doctor', '--fix-encoding', '--dry-run', '--yes', BROKEN, ...SAMPLE_NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${BROKEN}: dry run, nothing written`);
    expect(readFileSync(v.note(BROKEN)).equals(readFileSync(ORIGINAL))).toBe(true);
    expect(backupsOf(v.vault, BROKEN)).toEqual([]);
  });

  it('--fix-encoding --yes repairs it (at most 2 lines differ from the clean seed), keeps a backup', async () => {
    const v = vaultWithBroken();
    const r = await v.run(['doctor', '--fix-encoding', '--yes', BROKEN, ...SAMPLE_NOW]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const repaired = readFileSync(v.note(BROKEN), 'utf8').split('\n');
    const clean = readFileSync(path.join(SAMPLE_VAULT, SEED), 'utf8').split('\n');
    expect(repaired).toHaveLength(clean.length);
    const differing = clean.flatMap((line, i) => (line === repaired[i] ? [] : [i + 1]));
    expect(differing.length).toBeLessThanOrEqual(2);
    const backups = backupsOf(v.vault, BROKEN);
    expect(backups).toHaveLength(1);
    expect(readFileSync(v.note(backups[0] ?? '')).equals(readFileSync(ORIGINAL))).toBe(true);
    expect(r.stdout).toContain(backups[0]);
    const again = await v.run(['doctor', ...SAMPLE_NOW]);
    expect(again.code).toBe(0);
  });

  it('--mark wraps doubtful guesses; a later doctor warns about them until the marks are gone', async () => {
    const v = vaultWithBroken();
    const r = await v.run(['doctor', '--fix-encoding', '--yes', '--mark', BROKEN, ...SAMPLE_NOW]);
    expect(r.code).toBe(0);
    const text = readFileSync(v.note(BROKEN), 'utf8');
    const marks = text.match(/<mark class="bokseup-guess" title="could be [^"]*">.<\/mark>/g) ?? [];
    expect(marks.length).toBeGreaterThan(0);
    expect(text.split('\n---\n')[0]).not.toContain('<mark');
    const later = await v.run(['doctor', BROKEN, ...SAMPLE_NOW]);
    expect(later.code).toBe(0);
    expect(later.stdout).toMatch(new RegExp(`^${BROKEN}:\\d+: warning: ${marks.length} unconfirmed`, 'm'));
    writeFileSync(v.note(BROKEN), text.replace(/<mark class="bokseup-guess"[^>]*>(.)<\/mark>/g, '$1'));
    const checked = await v.run(['doctor', BROKEN, ...SAMPLE_NOW]);
    expect(checked.stdout).not.toContain('unconfirmed');
  });

  it('--json lists every guess with its place, confidence and alternatives', async () => {
    const v = vaultWithBroken();
    const r = await v.run(['--json', 'doctor', '--fix-encoding', '--dry-run', BROKEN, ...SAMPLE_NOW]);
    const out = JSON.parse(r.stdout) as {
      fixes: { path: string; outcome: string; written: boolean; guesses: { confidence: number }[] }[];
    };
    expect(out.fixes).toHaveLength(1);
    expect(out.fixes[0]).toMatchObject({ path: BROKEN, outcome: 'dry-run', written: false });
    expect(out.fixes[0]?.guesses).toHaveLength(500);
  });
});

describe.concurrent('doctor on notes in other encodings', () => {
  const utf16 = (text: string): Buffer =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

  it('a CP949 note: named as such, and converted exactly with --yes (backup kept)', async () => {
    const v = makeVault({ 'k.md': CP949 });
    const r = await v.run(['doctor', ...SAMPLE_NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('k.md: error: saved as CP949/EUC-KR, not UTF-8');
    const ingest = await v.run(['ingest', ...SAMPLE_NOW]);
    expect(ingest.stdout + ingest.stderr).toContain(
      'saved as CP949/EUC-KR, not UTF-8: run `bokseup doctor --fix-encoding`',
    );
    // A file already bearing the backup's name (same second) is never overwritten.
    writeFileSync(v.note('k.md.bak-20261129100000'), 'mine');
    const fix = await v.run(['doctor', '--fix-encoding', '--yes', ...SAMPLE_NOW]);
    expect(fix.stdout).toContain(
      'converted k.md exactly from CP949/EUC-KR to UTF-8 (original kept as k.md.bak-20261129100000-2)',
    );
    expect(readFileSync(v.note('k.md'), 'utf8')).toBe(readFileSync(CP949_TRUTH, 'utf8'));
    expect(readFileSync(v.note('k.md.bak-20261129100000'), 'utf8')).toBe('mine');
    expect(readFileSync(v.note('k.md.bak-20261129100000-2')).equals(readFileSync(CP949))).toBe(true);
  });

  it('a UTF-16 note: converted exactly to UTF-8 (the byte-order mark dropped)', async () => {
    const v = makeVault({});
    const text = readFileSync(path.join(SAMPLE_VAULT, SEED), 'utf8');
    writeFileSync(v.note('u.md'), utf16(text));
    const r = await v.run(['doctor', '--fix-encoding', '--yes', ...SAMPLE_NOW]);
    expect(r.stdout).toContain('u.md: UTF-16LE; the repair:');
    expect(r.stdout).toMatch(/converted u.md exactly from UTF-16LE to UTF-8 \(original kept as u.md.bak-/);
    expect(readFileSync(v.note('u.md'), 'utf8')).toBe(text);
    expect((await v.run(['doctor', ...SAMPLE_NOW])).code).toBe(0);
  });
});

describe.skipIf(!hasTmux)('doctor --fix-encoding on a terminal (tmux)', () => {
  it(
    'asks before writing: no keeps the note, yes writes it and keeps the backup',
    { timeout: 60_000 },
    async () => {
      const v = makeVault({ [BROKEN]: ORIGINAL, 'k.md': CP949 });
      const argv = [process.execPath, BIN, '--vault', v.vault, '--db', v.db, 'doctor', '--fix-encoding'];
      terminal.tmux(
        'new-session',
        '-d',
        '-s',
        'doctor',
        '-x',
        '120',
        '-y',
        '40',
        '-c',
        v.dir,
        ...argv,
        ...SAMPLE_NOW,
      );
      await terminal.waitForScreen('Write the repair of k.md? [y/N]');
      terminal.keys('n', 'Enter');
      await terminal.waitForScreen(`Write the repair of ${BROKEN}? [y/N]`);
      terminal.keys('y', 'Enter');
      await vi.waitFor(() => expect(backupsOf(v.vault, BROKEN)).toHaveLength(1), { timeout: 20_000 });
      await vi.waitFor(() =>
        expect(readFileSync(v.note(BROKEN), 'utf8')).toContain('➕첫 학습날: 2024-08-08'),
      );
      expect(readFileSync(v.note('k.md')).equals(readFileSync(CP949))).toBe(true);
      expect(backupsOf(v.vault, 'k.md')).toEqual([]);
    },
  );
});
