/**
 * `bokseup mark PATH --stage S`: only the flag and the derived fields change; `due` follows; the
 * path may be vault-relative, absolute or cwd-relative; bad stages and outside paths are usage errors.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DueItem } from '../../src/due/index.js';
import { changedLines, splitNote } from './note-diff.js';
import { makeVault, removeTempVaults, SAMPLE_NOW, SAMPLE_VAULT, quiet } from './run-cli.js';

const TCP = 'TCP 3-way handshake.md';
const PERM = '리눅스 파일 권한.md';
const sample = (name: string) => readFileSync(path.join(SAMPLE_VAULT, name));

afterAll(removeTempVaults);

describe.concurrent('mark', () => {
  it('flips only the flag and the derived fields, and due follows', async () => {
    const v = makeVault();
    // TCP by its vault-relative path (the cwd is the vault's parent), 리눅스 by its absolute path.
    const [tcp, perm] = await Promise.all([
      v.run(['mark', TCP, '--stage', 'd1', ...SAMPLE_NOW]),
      v.run(['mark', v.note(PERM), '--stage', 'd4', '--db', `${v.db}-perm`, ...SAMPLE_NOW]),
    ]);
    expect([tcp.code, quiet(tcp.stderr)]).toEqual([0, '']);
    expect([perm.code, quiet(perm.stderr)]).toEqual([0, '']);
    const after = readFileSync(v.note(TCP));
    // The sample's 오늘1 says 9:00; --now says 10:00, so it is rewritten too.
    expect(Object.fromEntries(changedLines(sample(TCP), after))).toEqual({
      '❤1일복습여부': '❤1일복습여부: true',
      오늘1: '오늘1: "@2026년 11월 29일 오전 10:00"',
      '"1일차복습여부1,0"': '"1일차복습여부1,0": "1"',
      학습률: '학습률: "0.2"',
      진행바: '진행바: 🟩🟩⬜⬜⬜⬜⬜⬜⬜⬜ 20%',
    });
    expect(splitNote(after).body.equals(splitNote(sample(TCP)).body)).toBe(true);
    expect(Object.fromEntries(changedLines(sample(PERM), readFileSync(v.note(PERM))))).toEqual({
      '🧡4일복습여부': '🧡4일복습여부: true',
      오늘1: '오늘1: "@2026년 11월 29일 오전 10:00"',
      '"4일차복습여부1,0"': '"4일차복습여부1,0": "1"',
      학습률: '학습률: "0.4"',
      진행바: '진행바: 🟩🟩🟩🟩⬜⬜⬜⬜⬜⬜ 40%',
    });
    const due = JSON.parse(
      (await v.run(['due', '--json', '--days', '7', ...SAMPLE_NOW])).stdout,
    ) as DueItem[];
    const find = (p: string) => due.find((d) => d.path === p);
    // TCP's next milestone is day 4 (11-28 + 4); 리눅스 (11-22) is now due for day 7, today.
    expect(find(TCP)).toMatchObject({ stage: 'd4', due: '2026-12-02', overdueDays: 0 });
    expect(find(PERM)).toMatchObject({ stage: 'd7', due: '2026-11-29', overdueDays: 0 });
  });

  it('takes a path relative to the working directory', async () => {
    const v = makeVault();
    const r = await v.run(['mark', path.join('v', 'Big-O notation.md'), '--stage', 'd4', ...SAMPLE_NOW]);
    expect(r.code).toBe(0);
    const changed = changedLines(sample('Big-O notation.md'), readFileSync(v.note('Big-O notation.md')));
    expect(changed.get('day4-done')).toBe('day4-done: true');
    expect(changed.get('progress')).toBe('progress: 🟩🟩🟩🟩⬜⬜⬜⬜⬜⬜ 40%');
  });

  it('refuses an unknown stage and a note outside the vault (exit 2), writing nothing', async () => {
    const v = makeVault();
    const outside = path.join(v.dir, 'outside.md');
    copyFileSync(path.join(SAMPLE_VAULT, TCP), outside);
    const [stage, away] = await Promise.all([
      v.run(['mark', TCP, '--stage', 'd9', ...SAMPLE_NOW]),
      v.run(['mark', outside, '--stage', 'd1', '--db', `${v.db}-2`, ...SAMPLE_NOW]),
    ]);
    expect(stage.code).toBe(2);
    expect(stage.stderr).toContain('d9');
    expect(away.code).toBe(2);
    expect(away.stderr).toContain('outside the vault');
    expect(readFileSync(v.note(TCP)).equals(sample(TCP))).toBe(true);
    expect(readFileSync(outside).equals(sample(TCP))).toBe(true);
  });

  it('warns when the stage skips a milestone that is not done, and marks it all the same', async () => {
    const v = makeVault();
    const r = await v.run(['mark', TCP, '--stage', 'd7', ...SAMPLE_NOW]);
    expect(r.code).toBe(0);
    expect(quiet(r.stderr)).toBe(
      `warning: ${TCP}: d1, d4 are not done: marking d7 skips them, and they stay due first (mark them too if you reviewed them)\n`,
    );
    expect(r.stdout).toBe(`${TCP}: d7 marked done\n`);
    const second = await v.run(['mark', TCP, '--stage', 'd1', ...SAMPLE_NOW]);
    expect([second.code, second.stderr]).toEqual([0, '']);
  });

  it('--undo takes back the last mark: the flag, the derived fields and the log entry', async () => {
    const v = makeVault();
    expect((await v.run(['mark', TCP, '--stage', 'd1', ...SAMPLE_NOW])).code).toBe(0);
    const undo = await v.run(['mark', TCP, '--undo', ...SAMPLE_NOW]);
    expect([undo.code, undo.stderr]).toEqual([0, '']);
    expect(undo.stdout).toBe(`${TCP}: took back the d1 mark of 2026-11-29; d1 is not done again\n`);
    // Back to the sample's values, except the time of day it was written at.
    expect([...changedLines(sample(TCP), readFileSync(v.note(TCP))).keys()]).toEqual(['오늘1']);
    const stats = JSON.parse((await v.run(['stats', '--json', ...SAMPLE_NOW])).stdout) as { marks: number };
    expect(stats.marks).toBe(0);
    const again = await v.run(['mark', TCP, '--undo', ...SAMPLE_NOW]);
    expect([again.code, again.stderr]).toEqual([1, `bokseup: ${TCP} has no mark to undo\n`]);
  });

  it('needs exactly one of --stage and --undo (exit 2)', async () => {
    const v = makeVault();
    const [neither, both] = await Promise.all([
      v.run(['mark', TCP, ...SAMPLE_NOW]),
      v.run(['mark', TCP, '--stage', 'd1', '--undo', '--db', `${v.db}-2`, ...SAMPLE_NOW]),
    ]);
    expect([neither.code, both.code]).toEqual([2, 2]);
    expect(neither.stderr).toContain('--undo');
    expect(readFileSync(v.note(TCP)).equals(sample(TCP))).toBe(true);
  });
});
