/**
 * `bokseup regen`: the first acceptance test (the seed note is a fixed point of its own day), the
 * derived-only change on a later day, the same under a zone west of UTC, and --dry-run / --check.
 */
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedLines, fieldLine, splitNote } from './note-diff.js';
import { makeVault, mtimeOf, removeTempVaults, SAMPLE_VAULT, SEED, quiet } from './run-cli.js';

const SEED_FILE = path.join(SAMPLE_VAULT, SEED);
const original = readFileSync(SEED_FILE);
const SEED_DAY = ['--now', '2024-10-27T14:01', '--tz', 'Asia/Seoul'];
const LATER = ['--now', '2024-11-02T09:30', '--tz', 'Asia/Seoul'];
/** The seed's derived line for 2024-10-27 as it reads on 2024-11-02. */
const laterLine = (line: string): string =>
  line
    .replace('2024/10/27', '2024/11/02')
    .replace('80', '86')
    .replace('10월 27일 오후 2:01', '11월 2일 오전 9:30');
/** The sample's TCP note (LF, no BOM; first study 2026-11-28). */
const lfText = readFileSync(path.join(SAMPLE_VAULT, 'TCP 3-way handshake.md'), 'utf8');
const seedOnly = () => makeVault({ [SEED]: SEED_FILE });

afterAll(removeTempVaults);

describe.concurrent('regen of the seed note', () => {
  it('leaves the seed byte-identical on its own day (the first acceptance test)', async () => {
    const v = seedOnly();
    const r = await v.run(['regen', ...SEED_DAY]);
    expect(quiet(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(v.note(SEED)).equals(original)).toBe(true);
  });

  it('is still a fixed point when the process runs west of UTC (TZ=America/Los_Angeles)', async () => {
    const v = seedOnly();
    const r = await v.run(['regen', SEED, ...SEED_DAY], { env: { TZ: 'America/Los_Angeles' } });
    expect(r.code).toBe(0);
    expect(readFileSync(v.note(SEED)).equals(original)).toBe(true);
  });

  it('stays a fixed point all that day: a later minute alone changes nothing (14:09, 23:59)', async () => {
    const v = seedOnly();
    for (const time of ['2024-10-27T14:09', '2024-10-27T23:59']) {
      const check = await v.run(['regen', '--check', '--now', time, '--tz', 'Asia/Seoul']);
      expect(check.code, time).toBe(0);
      expect((await v.run(['regen', '--now', time, '--tz', 'Asia/Seoul'])).code).toBe(0);
      expect(readFileSync(v.note(SEED)).equals(original), time).toBe(true);
    }
  });

  it('regen --check a few minutes after regen finds nothing stale, from the index and from the file', async () => {
    const v = makeVault();
    expect((await v.run(['regen', ...LATER])).code).toBe(0);
    const minutesLater = ['--now', '2024-11-02T09:37', '--tz', 'Asia/Seoul'];
    const all = await v.run(['regen', '--check', ...minutesLater]);
    expect([all.code, all.stdout]).toEqual([0, expect.stringMatching(/^0 stale/) as string]);
    // Named paths are read from the files: the same answer.
    const named = await v.run(['regen', '--check', SEED, 'TCP 3-way handshake.md', ...minutesLater]);
    expect(named.code).toBe(0);
    expect(readFileSync(v.note(SEED), 'utf8')).toContain('오늘1: "@2024년 11월 2일 오전 9:30"');
  });

  it('on 2024-11-02 changes only the derived lines of "today", and not the body', async () => {
    const v = seedOnly();
    const r = await v.run(['regen', ...LATER]);
    expect(r.code).toBe(0);
    const after = readFileSync(v.note(SEED));
    // 2024-08-08 → 2024-11-02: 23 days left in August + 30 + 31 + 2 = 86.
    expect(Object.fromEntries(changedLines(original, after))).toEqual({
      '🛑오늘': '🛑오늘: "⏰오늘 : 2024/11/02"',
      '🛑첫학습후 몇일째?': '🛑첫학습후 몇일째?: 첫 학습 후 ❤86일째❤',
      오늘1: '오늘1: "@2024년 11월 2일 오전 9:30"',
      오늘2: '오늘2: 2024/11/02',
      '오늘과 첫학습날 사이': '오늘과 첫학습날 사이: "86"',
      사이: '사이: "86"',
    });
    expect(splitNote(after).body.equals(splitNote(original).body)).toBe(true);
  });

  it('--dry-run prints a unified diff of the derived lines and writes nothing', async () => {
    const v = seedOnly();
    const mtime = mtimeOf(v.note(SEED));
    const r = await v.run(['regen', '--dry-run', ...LATER]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`--- a/${SEED}\n+++ b/${SEED}\n@@ -`);
    const lines = r.stdout.split('\n');
    const removed = lines.filter((l) => /^-[^-]/.test(l));
    const added = lines.filter((l) => /^\+[^+]/.test(l));
    expect(removed).toEqual([
      '-🛑오늘: "⏰오늘 : 2024/10/27"',
      '-🛑첫학습후 몇일째?: 첫 학습 후 ❤80일째❤',
      '-오늘1: "@2024년 10월 27일 오후 2:01"',
      '-오늘2: 2024/10/27',
      '-오늘과 첫학습날 사이: "80"',
      '-사이: "80"',
    ]);
    expect(added).toEqual(removed.map((l) => `+${l.slice(1)}`).map(laterLine));
    expect(readFileSync(v.note(SEED)).equals(original)).toBe(true);
    expect(mtimeOf(v.note(SEED))).toBe(mtime);
  });

  it('--check exits 1 and lists the stale note, exits 0 when fresh, and writes nothing', async () => {
    const v = seedOnly();
    const [stale, fresh] = await Promise.all([
      v.run(['regen', '--check', ...LATER]),
      seedOnly().run(['regen', '--check', ...SEED_DAY]),
    ]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(SEED);
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).not.toContain(`stale: ${SEED}`);
    expect(readFileSync(v.note(SEED)).equals(original)).toBe(true);
  });

  it('--dry-run with --check is a usage error (exit 2) and writes nothing', async () => {
    const v = seedOnly();
    const r = await v.run(['regen', '--dry-run', '--check', ...LATER]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--dry-run.*--check/);
    expect(readFileSync(v.note(SEED)).equals(original)).toBe(true);
  });

  it('keeps a BOM, CRLF line ends and the file mode, changing only the derived lines', async () => {
    const v = makeVault({});
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lfText.replace(/\n/g, '\r\n'))]);
    writeFileSync(v.note('crlf.md'), crlf, { mode: 0o640 });
    chmodSync(v.note('crlf.md'), 0o640);
    const r = await v.run(['regen', '--now', '2026-11-30T08:00', '--tz', 'Asia/Seoul']);
    expect(r.code).toBe(0);
    const after = readFileSync(v.note('crlf.md'));
    expect(after.subarray(0, 3).equals(crlf.subarray(0, 3))).toBe(true);
    expect(after.toString('utf8').replace(/\r\n/g, '')).not.toContain('\n');
    expect(statSync(v.note('crlf.md')).mode & 0o777).toBe(0o640);
    const lines = (b: Buffer) => b.toString('utf8').split('\r\n');
    const changed = lines(after).filter((line, i) => line !== lines(crlf)[i]);
    expect(lines(after)).toHaveLength(lines(crlf).length);
    expect(changed).toEqual([
      '🛑오늘: "⏰오늘 : 2026/11/30"',
      '🛑첫학습후 몇일째?: 첫 학습 후 ❤2일째❤',
      '오늘1: "@2026년 11월 30일 오전 8:00"',
      '오늘2: 2026/11/30',
      '오늘과 첫학습날 사이: "2"',
      '사이: "2"',
    ]);
  });

  it('does not add a derived key the user removed, unless --add-missing', async () => {
    const v = makeVault({});
    writeFileSync(v.note('n.md'), lfText.replace('사이: "1"\n', ''));
    const later = ['--now', '2026-11-30T08:00', '--tz', 'Asia/Seoul'];
    expect((await v.run(['regen', ...later])).code).toBe(0);
    expect(fieldLine(v.note('n.md'), '사이')).toBeUndefined();
    expect(fieldLine(v.note('n.md'), '오늘2')).toBe('오늘2: 2026/11/30');
    expect((await v.run(['regen', '--add-missing', ...later])).code).toBe(0);
    expect(fieldLine(v.note('n.md'), '사이')).toBe('사이: "2"');
  });
});
