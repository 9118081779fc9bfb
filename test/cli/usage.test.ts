/**
 * Exit codes of the shell (DESIGN §4): usage errors (2), help (0), a database from a newer bokseup
 * and `review` without a terminal (3, with a message that says what to do).
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { makeVault, removeTempVaults, SAMPLE_NOW } from './run-cli.js';

afterAll(removeTempVaults);

describe.concurrent('usage errors and environment', () => {
  it('exits 2 for an unknown command, an unknown option and bad --now / --tz values', async () => {
    const v = makeVault();
    const runs = await Promise.all([
      v.run(['frobnicate']),
      v.run(['due', '--frobnicate']),
      v.run(['--frobnicate', 'due']),
      v.run(['due', '--now', 'yesterday-ish', '--tz', 'Asia/Seoul']),
      v.run(['due', '--now', '2026-11-29T10:00', '--tz', 'Mars/Olympus_Mons']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(runs[0]?.stderr).toContain("unknown command 'frobnicate'");
    expect(runs[1]?.stderr).toContain("unknown option '--frobnicate'");
    expect(runs[3]?.stderr).toContain('--now');
    expect(runs[4]?.stderr).toContain('Mars/Olympus_Mons');
  });

  it('--help exits 0 and lists the commands', async () => {
    const [top, due] = await Promise.all([
      makeVault({}).run(['--help']),
      makeVault({}).run(['due', '--help']),
    ]);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Usage: bokseup');
    for (const command of ['ingest', 'due', 'regen', 'review', 'mark', 'new', 'stats', 'calendar', 'doctor'])
      expect(top.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(due.code).toBe(0);
    expect(due.stdout).toContain('--days');
  });

  it('refuses a database from a newer version (exit 3) and leaves it as it was', async () => {
    const v = makeVault();
    expect((await v.run(['ingest', ...SAMPLE_NOW])).code).toBe(0);
    const db = new Database(v.db);
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 999');
    db.close();
    const bytes = readFileSync(v.db);
    const r = await v.run(['due', '--json', ...SAMPLE_NOW]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/version 999/);
    expect(r.stderr).toMatch(/upgrade bokseup/i);
    expect(r.stdout).toBe('');
    expect(readFileSync(v.db).equals(bytes)).toBe(true);
  });

  it('review without a terminal exits 3 at once, saying it needs one', async () => {
    const v = makeVault();
    // The child may live longer than the bound below, so a slow exit fails the time check itself.
    const r = await v.run(['review', ...SAMPLE_NOW], { input: '3\n3\n', timeoutMs: 15_000 });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/terminal/i);
    expect(r.ms).toBeLessThan(5_000);
  });
});
