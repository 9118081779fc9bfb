/**
 * A vault that looks like a real Obsidian vault (test/fixtures/real-vault): daily notes with and
 * without frontmatter, a meeting note, templates folders named by Obsidian's settings, a template
 * copy outside them, `.obsidian/`, `.trash/`, `node_modules/`, an excluded folder and tag, a
 * config file. Every command runs on a temp copy, as a user would, from several folders.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOME, removeTempVaults, ROOT, runCli, SAMPLE_NOW, type RunOptions } from './run-cli.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/real-vault');
const made: string[] = [];
afterAll(() => {
  removeTempVaults();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp copy of the fixture vault: `<dir>/Vault`, and a folder outside it. */
function realVault() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bokseup-real-'));
  made.push(dir);
  const vault = path.join(dir, 'Vault');
  cpSync(FIXTURE, vault, { recursive: true });
  const elsewhere = path.join(dir, 'elsewhere');
  mkdirSync(elsewhere);
  const run = (args: readonly string[], opts: RunOptions = {}) =>
    runCli([...args, ...SAMPLE_NOW], { cwd: elsewhere, ...opts });
  return { dir, vault, elsewhere, run };
}

const json = <T>(stdout: string): T => JSON.parse(stdout) as T;
type Report = Record<string, unknown> & { errors: { path: string; rule: string }[] };

describe.concurrent('a real vault', () => {
  it('counts study notes and other notes, never reads .obsidian, .trash, node_modules, templates or excluded folders', async () => {
    const v = realVault();
    const r = await v.run(['--vault', v.vault, 'ingest', '--json']);
    expect(r.stderr).toMatch(/^bokseup: created the database .*\n$/);
    expect(r.code).toBe(0);
    expect(json<Report>(r.stdout)).toEqual({
      // Study: both ARP notes, 리눅스 파일 권한; other: two daily notes, the meeting; a template copy;
      // 초안 is tagged #draft. Meta/Templates, Meta/Templater, Archive, dot folders: not walked.
      scanned: 8,
      added: 8,
      updated: 0,
      unchanged: 0,
      removed: 0,
      errors: [],
      studyNotes: 3,
      otherNotes: 3,
      templates: 1,
      excluded: 1,
      skipped: [],
    });
    const text = await v.run(['--vault', v.vault, 'ingest']);
    expect(text.stdout).toBe(
      'scanned 8: 3 study notes, 3 other notes, 1 template, 1 excluded by tag; 0 added, 0 updated, 8 unchanged, 0 removed, 0 errors\n',
    );
    expect(text.stderr).toBe(''); // the database is created once, and said so once
  });

  it('lists only study notes in due, stats and the calendar, at the configured time and alarm', async () => {
    const v = realVault();
    const due = await v.run(['--vault', v.vault, 'due', '--json', '--days', '30']);
    expect(due.code).toBe(0);
    const paths = json<{ path: string }[]>(due.stdout).map((d) => d.path);
    expect(paths.sort()).toEqual([
      'Study/Linux/ARP.md',
      'Study/Linux/리눅스 파일 권한.md',
      'Study/Network/ARP.md',
    ]);
    const stats = await v.run(['--vault', v.vault, 'stats', '--json']);
    expect(stats.code).toBe(0);
    expect(json<{ notes: { path: string }[] }>(stats.stdout).notes).toHaveLength(3);
    const ics = await v.run(['--vault', v.vault, 'calendar']);
    expect(ics.code).toBe(0);
    expect(ics.stdout).toContain('DTSTART;TZID=Asia/Seoul:20261129T073000');
    expect(ics.stdout).toContain('TRIGGER:-PT15M');
    expect(ics.stdout).not.toContain('Daily');
  });

  it('still reports a study note with a bad value, by file and line', async () => {
    const v = realVault();
    writeFileSync(path.join(v.vault, 'Study/Broken.md'), '---\n➕과목: Linux\n➕첫 학습날: 어제\n---\n');
    const r = await v.run(['--vault', v.vault, 'due']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Study/Broken.md:3: error: first study date "➕첫 학습날" is not a date');
    expect(r.stderr).not.toMatch(/Daily|Meetings|Inbox|Templates|\.trash|node_modules|Archive/);
  });

  it('finds one database per vault from any folder: inside the vault, outside it with --vault or BOKSEUP_VAULT', async () => {
    const v = realVault();
    const inside = { cwd: path.join(v.vault, 'Study/Linux') };
    const fromInside = json<Record<string, { value: unknown; source: string }>>(
      (await v.run(['config', '--json'], inside)).stdout,
    );
    expect(fromInside.vault).toMatchObject({ value: v.vault, source: 'working directory' });
    const db = fromInside.database?.value as string;
    expect(db.startsWith(path.join(HOME, '.local/share/bokseup/Vault-'))).toBe(true);
    expect(fromInside.database).toMatchObject({ source: 'default', exists: false });
    const mark = await v.run(['mark', 'Study/Network/ARP.md', '--stage', 'd4'], inside);
    expect(mark.code).toBe(0);
    const outside = await v.run(['--vault', v.vault, 'stats', '--json']);
    const viaEnv = await v.run(['stats', '--json'], { env: { BOKSEUP_VAULT: v.vault } });
    // The mark is in the one database, found from outside the vault too (stats count marks apart).
    for (const r of [outside, viaEnv]) expect(json<{ marks: number }>(r.stdout).marks).toBe(1);
    expect(readdirSync(v.elsewhere)).toEqual([]); // nothing made in the working directory
    expect(readdirSync(path.join(v.vault, 'Study/Linux')).sort()).toEqual(['ARP.md', '리눅스 파일 권한.md']);
    expect(existsSync(db)).toBe(true);
  });

  it('keys the database by the id in the vault config, so a moved vault keeps its history', async () => {
    const v = realVault();
    writeFileSync(path.join(v.vault, '.bokseup.yml'), 'id: my-vault\n');
    await v.run(['--vault', v.vault, 'mark', 'Study/Linux/ARP.md', '--stage', 'd4']);
    cpSync(v.vault, path.join(v.dir, 'Moved'), { recursive: true });
    const moved = await v.run(['--vault', path.join(v.dir, 'Moved'), 'config', '--json']);
    const database = json<Record<string, { value: string; exists: boolean }>>(moved.stdout).database;
    expect(database).toMatchObject({
      value: path.join(HOME, '.local/share/bokseup/my-vault.db'),
      exists: true,
    });
  });

  it('takes the vault from the global config when no flag, variable or folder names one', async () => {
    const v = realVault();
    const xdg = path.join(v.dir, 'xdg');
    mkdirSync(path.join(xdg, 'bokseup'), { recursive: true });
    writeFileSync(path.join(xdg, 'bokseup', 'config.yml'), `vault: ${v.vault}\ndaily-limit: 20\n`);
    const env = { XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: path.join(v.dir, 'data') };
    const config = json<Record<string, { value: unknown; source: string; from: string }>>(
      (await v.run(['config', '--json'], { env })).stdout,
    );
    expect(config.vault).toMatchObject({ value: v.vault, source: 'global config' });
    // The vault's own file wins over the global one.
    expect(config['daily-limit']).toEqual({
      value: 50,
      source: 'vault config',
      from: `${v.vault}/.bokseup.yml:5`,
    });
    expect((config.database?.value as string).startsWith(path.join(v.dir, 'data', 'bokseup'))).toBe(true);
    const due = await v.run(['due', '--count'], { env });
    expect(due).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\n$/) as string });
  });
});

describe.concurrent('a bad config file', () => {
  it.each([
    ['daily-limt: 10\n', '.bokseup.yml:1: unknown key "daily-limt" (did you mean "daily-limit"?)'],
    [
      'retention: 2\n',
      '.bokseup.yml:1: retention: expected a desired retention between 0.7 and 0.99, found 2',
    ],
    ['calendar:\n  time: 25:00\n', '.bokseup.yml:2: calendar.time: expected a time of day as HH:MM'],
    ['exclude: [Archive\n', '.bokseup.yml:1: invalid YAML'],
    ['vault: ~/x\n', '.bokseup.yml:1: "vault" belongs in the global config'],
  ])('%j is a usage error naming the file and line', async (text, message) => {
    const v = realVault();
    writeFileSync(path.join(v.vault, '.bokseup.yml'), text);
    const r = await v.run(['--vault', v.vault, 'due']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`bokseup: ${v.vault}/${message}`);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(r.stdout).toBe('');
  });
});
