/**
 * The next run's clean-up after a writer killed mid-write: only a dead writer's files, by name, and
 * a moved-aside note is put back when its place is empty.
 */
import { link, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepLeftovers } from '../../src/vault/index.js';

const DEAD = 999_999_99; // above any pid_max: never a running process
const dead = (pid: number): boolean => pid !== DEAD;
const tag = (rand: string, pid = DEAD): string => `bokseup-${pid}-${rand}`;

let vault: string;

beforeEach(async () => {
  vault = await mkdtemp(join(tmpdir(), 'bokseup-sweep-'));
  await mkdir(join(vault, 'sub'));
});

afterEach(async () => {
  await rm(vault, { recursive: true, force: true });
});

const list = async (folder = vault): Promise<string[]> => (await readdir(folder)).sort();

describe('sweepLeftovers', () => {
  it("removes a dead writer's temp files only, in every folder", async () => {
    await writeFile(join(vault, 'a.md'), 'A');
    await writeFile(join(vault, `.a.md.${tag('0badf00d')}.tmp`), 'new A');
    await writeFile(join(vault, 'sub', `.b.md.${tag('12345678')}.tmp`), 'new B');
    await writeFile(join(vault, `.a.md.${tag('aaaaaaaa', process.pid)}.tmp`), 'a live writer');
    await writeFile(join(vault, '.a.md.bokseup-notes.tmp'), 'not ours');
    const r = await sweepLeftovers(vault, dead);
    expect(r.restored).toEqual([]);
    expect(r.removed).toEqual([`.a.md.${tag('0badf00d')}.tmp`, join('sub', `.b.md.${tag('12345678')}.tmp`)]);
    expect(await list()).toEqual([
      `.a.md.${tag('aaaaaaaa', process.pid)}.tmp`,
      '.a.md.bokseup-notes.tmp',
      'a.md',
      'sub',
    ]);
    expect(await list(join(vault, 'sub'))).toEqual([]);
  });

  it('puts a moved-aside note back when its place is empty', async () => {
    await writeFile(join(vault, 'sub', `.b.md.${tag('11111111')}.old`), 'user B');
    await writeFile(join(vault, 'sub', `.b.md.${tag('11111111')}.tmp`), 'new B');
    const r = await sweepLeftovers(vault, dead);
    expect(r.restored).toEqual([join('sub', 'b.md')]);
    expect(await readFile(join(vault, 'sub', 'b.md'), 'utf8')).toBe('user B');
    expect(await list(join(vault, 'sub'))).toEqual(['b.md']);
  });

  it('drops a moved-aside copy when a note is in place (it is newer)', async () => {
    await writeFile(join(vault, 'b.md'), 'B saved by the editor');
    await writeFile(join(vault, `.b.md.${tag('22222222')}.old`), 'user B before');
    await sweepLeftovers(vault, dead);
    expect(await readFile(join(vault, 'b.md'), 'utf8')).toBe('B saved by the editor');
    expect(await list()).toEqual(['b.md', 'sub']);
  });

  it("puts back the user's copy, not our new version, when a restore was cut short", async () => {
    const ours = join(vault, `.b.md.${tag('33333333')}.tmp`);
    await writeFile(ours, 'our new B');
    await link(ours, join(vault, `.b.md.${tag('44444444')}.old`)); // our version moved out again
    await writeFile(join(vault, `.b.md.${tag('33333333')}.old`), 'user B');
    const r = await sweepLeftovers(vault, dead);
    expect(r.restored).toEqual(['b.md']);
    expect(await readFile(join(vault, 'b.md'), 'utf8')).toBe('user B');
    expect(await list()).toEqual(['b.md', 'sub']);
  });

  it("puts the user's copy back over our unconfirmed new version (killed before the last check)", async () => {
    const ours = join(vault, `.b.md.${tag('88888888')}.tmp`);
    await writeFile(ours, 'our new B');
    await link(ours, join(vault, 'b.md')); // linked in, not yet proved the user's copy unchanged
    await writeFile(join(vault, `.b.md.${tag('88888888')}.old`), 'user B, edited in place');
    const r = await sweepLeftovers(vault, dead);
    expect(r.restored).toEqual(['b.md']);
    expect(await readFile(join(vault, 'b.md'), 'utf8')).toBe('user B, edited in place');
    expect(await list()).toEqual(['b.md', 'sub']);
  });

  it('restores a long-named note from its .name record', async () => {
    const name = `${'가'.repeat(82)}.md`;
    await writeFile(join(vault, `.${tag('55555555')}.name`), name);
    await writeFile(join(vault, `.${tag('55555555')}.old`), 'user long');
    await writeFile(join(vault, `.${tag('55555555')}.tmp`), 'new long');
    const r = await sweepLeftovers(vault, dead);
    expect(r.restored).toEqual([name]);
    expect(await readFile(join(vault, name), 'utf8')).toBe('user long');
    expect(await list()).toEqual(['sub', name]);
  });

  it('with the real liveness check, keeps this process and sweeps a dead pid', async () => {
    await writeFile(join(vault, `.a.md.${tag('66666666', process.pid)}.tmp`), 'mine');
    await writeFile(join(vault, `.a.md.${tag('77777777')}.tmp`), 'dead');
    expect((await sweepLeftovers(vault)).removed).toEqual([`.a.md.${tag('77777777')}.tmp`]);
  });
});
