/**
 * `bokseup due --json` on the sample vault ("today" 2026-11-29 in Seoul): the stages its
 * frontmatter implies, the order, `--days`, global options on either side of the command, and the
 * BOKSEUP_* environment variables.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeVault, removeTempVaults, runCli, SAMPLE_NOW, quiet } from './run-cli.js';

afterAll(removeTempVaults);

/**
 * Read by hand from the sample notes' frontmatter. Cards = cue questions + highlights + lab steps.
 * 리눅스 파일 권한: first study 11-22, day 1 done → day 4 (11-26) is 3 days overdue; 2 + 3 cards.
 * Big-O: 11-25, day 1 done → day 4 is today; 2 + 3. DNS: 11-15, days 1/4/7 done → day 14 today;
 * 3 + 4. The seed: every milestone done but `복습: 추가 복습` → extra, today; 1 + 3 + 5 lab steps.
 * TCP: 11-28, nothing done → day 1 today; 3 + 3.
 */
const EXPECTED = [
  {
    path: '리눅스 파일 권한.md',
    title: '리눅스 파일 권한',
    subject: 'Linux',
    stage: 'd4',
    due: '2026-11-26',
    overdueDays: 3,
    cards: 5,
  },
  {
    path: 'Big-O notation.md',
    title: 'Big-O notation',
    subject: 'Algorithms',
    stage: 'd4',
    due: '2026-11-29',
    overdueDays: 0,
    cards: 5,
  },
  {
    path: 'DNS 동작 원리.md',
    title: 'DNS 동작 원리',
    subject: 'Network',
    stage: 'd14',
    due: '2026-11-29',
    overdueDays: 0,
    cards: 7,
  },
  {
    path: 'Linux 네트워크 네임스페이스.md',
    title: 'Linux 네트워크 네임스페이스',
    subject: 'Linux',
    stage: 'extra',
    due: '2026-11-29',
    overdueDays: 0,
    cards: 9,
  },
  {
    path: 'TCP 3-way handshake.md',
    title: 'TCP 3-way handshake',
    subject: 'Network',
    stage: 'd1',
    due: '2026-11-29',
    overdueDays: 0,
    cards: 6,
  },
];

describe.concurrent('due --json on the sample vault', () => {
  it('lists each note with the stage its frontmatter implies, sorted by due then path', async () => {
    const v = makeVault();
    const r = await v.run(['due', '--json', ...SAMPLE_NOW]);
    expect(quiet(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(EXPECTED);
  });

  it('--days 7 lists at least the same notes, each due within the week', async () => {
    const v = makeVault();
    const r = await v.run(['due', '--json', '--days', '7', ...SAMPLE_NOW]);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout) as { path: string; due: string }[];
    expect(items.length).toBeGreaterThanOrEqual(EXPECTED.length);
    expect(items.map((i) => i.path)).toEqual(expect.arrayContaining(EXPECTED.map((e) => e.path)));
    for (const item of items) expect(item.due <= '2026-12-06').toBe(true);
  });

  it('takes global options before and after the command name', async () => {
    const v = makeVault();
    const [before, after] = await Promise.all([
      runCli(['--json', '--vault', v.vault, '--db', v.db, ...SAMPLE_NOW, 'due'], { cwd: v.dir }),
      runCli(['due', '--vault', v.vault, '--json', ...SAMPLE_NOW, '--db', `${v.db}2`], { cwd: v.dir }),
    ]);
    expect(before.code).toBe(0);
    expect(after.code).toBe(0);
    expect(JSON.parse(before.stdout)).toEqual(EXPECTED);
    expect(after.stdout).toBe(before.stdout);
  });

  it('reads BOKSEUP_VAULT, BOKSEUP_DB and BOKSEUP_NOW', async () => {
    const v = makeVault();
    const db = path.join(v.dir, 'from-env.db');
    const r = await runCli(['due', '--json', '--tz', 'Asia/Seoul'], {
      cwd: v.dir,
      env: { BOKSEUP_VAULT: v.vault, BOKSEUP_DB: db, BOKSEUP_NOW: '2026-11-26T10:00' },
    });
    expect(r.code).toBe(0);
    // Three days earlier (not the real clock's day): only the day-4 review of 리눅스 and the extra one.
    const byPath = (p: string) => EXPECTED.find((e) => e.path === p);
    expect(JSON.parse(r.stdout)).toEqual([
      { ...byPath('Linux 네트워크 네임스페이스.md'), due: '2026-11-26' },
      { ...byPath('리눅스 파일 권한.md'), overdueDays: 0 },
    ]);
    expect(existsSync(db)).toBe(true);
    expect(existsSync(v.db)).toBe(false);
  });

  it('gives the same list when the process runs west of UTC, with --tz and with the process zone', async () => {
    const v = makeVault();
    const west = { env: { TZ: 'America/Los_Angeles' } };
    const [seoul, local] = await Promise.all([
      v.run(['due', '--json', ...SAMPLE_NOW], west),
      v.run(['due', '--json', '--now', '2026-11-29T10:00', '--db', `${v.db}-2`], west),
    ]);
    expect(JSON.parse(seoul.stdout)).toEqual(EXPECTED);
    expect(JSON.parse(local.stdout)).toEqual(EXPECTED);
  });

  it('without --tz, BOKSEUP_TZ or TZ uses the zone ICU sees (read from /etc/localtime when it is a link)', async () => {
    const v = makeVault();
    const noZone = { env: { TZ: undefined } };
    const icu = spawnSync(process.execPath, ['-p', 'Intl.DateTimeFormat().resolvedOptions().timeZone'], {
      env: { ...process.env, TZ: undefined },
      encoding: 'utf8',
    }).stdout.trim();
    // An instant given with its offset: which calendar day it is depends on the zone.
    const now = ['--now', '2026-11-28T20:30:00Z'];
    const [implicit, explicit] = await Promise.all([
      v.run(['due', '--json', ...now], noZone),
      v.run(['due', '--json', ...now, '--tz', icu, '--db', `${v.db}-2`], noZone),
    ]);
    expect(implicit.code).toBe(0);
    expect(implicit.stdout).toBe(explicit.stdout);
  });

  it('reads the zone from an empty TZ or a zoneinfo path in TZ, and refuses a TZ without a zone name', async () => {
    const v = makeVault();
    const now = ['--now', '2026-11-28T20:30:00Z'];
    const icu = spawnSync(process.execPath, ['-p', 'Intl.DateTimeFormat().resolvedOptions().timeZone'], {
      env: { ...process.env, TZ: undefined },
      encoding: 'utf8',
    }).stdout.trim();
    const [empty, explicit, seoulFile, seoul, posix, emptyStats] = await Promise.all([
      v.run(['due', '--json', ...now], { env: { TZ: '' } }),
      v.run(['due', '--json', ...now, '--tz', icu, '--db', `${v.db}-2`], { env: { TZ: undefined } }),
      v.run(['due', '--json', ...now, '--db', `${v.db}-3`], {
        env: { TZ: ':/usr/share/zoneinfo/Asia/Seoul' },
      }),
      v.run(['due', '--json', ...now, '--tz', 'Asia/Seoul', '--db', `${v.db}-4`]),
      v.run(['stats', '--json', ...now, '--db', `${v.db}-5`], { env: { TZ: 'KST-9' } }),
      v.run(['stats', '--json', ...now, '--db', `${v.db}-6`], { env: { TZ: '' } }),
    ]);
    // An empty TZ means /etc/localtime's zone, the one ICU reports when TZ is unset (ICU may spell
    // it differently, UTC for Etc/UTC, so the zone-free due list is compared). stats used to crash.
    expect(quiet(empty.stderr)).toBe('');
    expect(empty.stdout).toBe(explicit.stdout);
    expect(emptyStats.code).toBe(0);
    expect(seoulFile.stdout).toBe(seoul.stdout);
    expect(posix.code).toBe(2);
    expect(posix.stderr).toMatch(/time zone \(TZ=KST-9\) has no IANA name: give one with --tz or BOKSEUP_TZ/);
  });

  it('lets several processes bring one new database up to date at the same time', async () => {
    const v = makeVault();
    const runs = await Promise.all([1, 2, 3, 4].map(() => v.run(['due', '--json', ...SAMPLE_NOW])));
    for (const r of runs) {
      expect(quiet(r.stderr)).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(EXPECTED);
    }
  });
});
