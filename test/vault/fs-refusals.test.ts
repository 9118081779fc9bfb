/**
 * The writer on real refusals (issue 11, point 4): a read-only mount (EROFS, in a private mount
 * namespace of its own) and a folder the user may not write (EACCES: as root, without the capabilities that bypass file modes). Each note is
 * one result naming why, the next note is still tried, nothing is written or left behind. Needs
 * root and `unshare`/`setpriv` (util-linux); elsewhere it skips with the reason.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suiteCanRun } from '../require-suite.js';

const NOTE = '---\n오늘2: 2024/10/27\n---\n본문\n';
const SCRIPT = join(import.meta.dirname, 'write-notes.ts');
const TSX = ['--import', 'tsx'];
const isRoot = process.getuid?.() === 0;
const has = (cmd: string, ...args: string[]): boolean => spawnSync(cmd, args).status === 0;
/** A private mount namespace: root makes one directly, anyone else inside a user namespace. */
const UNSHARE = isRoot ? ['-m', '--propagation', 'private'] : ['-r', '-m', '--propagation', 'private'];
/**
 * Root ignores folder permissions: the EACCES case drops the two capabilities that bypass them
 * (still root, so a checkout in a folder only root may enter is still readable).
 */
const NO_DAC = '-dac_override,-dac_read_search';
const AS_USER = isRoot ? ['setpriv', `--bounding-set=${NO_DAC}`, `--inh-caps=${NO_DAC}`] : [];
const ready = has('unshare', ...UNSHARE, 'true') && (!isRoot || has('setpriv', ...AS_USER.slice(1), 'true'));
const run = suiteCanRun('fs-refusals', ready, 'needs unshare (a mount namespace) and, as root, setpriv');

let dir: string;
let notes: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bokseup-refuse-'));
  await chmod(dir, 0o755);
  notes = [join(dir, 'a.md'), join(dir, 'b.md')];
  for (const n of notes) await writeFile(n, NOTE);
});

afterEach(async () => {
  await chmod(dir, 0o755);
  await rm(dir, { recursive: true, force: true });
});

interface Result {
  file: string;
  written: boolean;
  reason?: string;
  message?: string;
}

function results(cmd: string, args: string[]): Result[] {
  const r = spawnSync(cmd, args, { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Result);
}

async function untouched(): Promise<void> {
  for (const n of notes) expect(await readFile(n, 'utf8')).toBe(NOTE);
  expect((await readdir(dir)).sort()).toEqual(['a.md', 'b.md']);
}

describe.runIf(run)('the writer on real file-system refusals', () => {
  it('names a read-only mount for each note and writes nothing', async () => {
    const inner = `mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" "$0" && exec "$@"`;
    const out = results('unshare', [
      ...UNSHARE,
      'sh',
      '-c',
      inner,
      dir,
      process.execPath,
      ...TSX,
      SCRIPT,
      ...notes,
    ]);
    expect(out).toEqual(
      notes.map((file) => ({
        file,
        written: false,
        retried: 0,
        reason: 'error',
        message: 'the note is on a read-only file system (EROFS)',
      })),
    );
    await untouched();
  });

  it('names a folder the user may not write for each note and writes nothing', async () => {
    await chmod(dir, 0o555);
    const [cmd = process.execPath, ...pre] = [...AS_USER, process.execPath];
    const out = results(cmd, [...pre, ...TSX, SCRIPT, ...notes]);
    expect(out.map((r) => [r.reason, r.message])).toEqual(
      notes.map(() => [
        'error',
        'permission denied: bokseup may not write the note or create a file in its folder (EACCES)',
      ]),
    );
    await untouched();
  });
});
