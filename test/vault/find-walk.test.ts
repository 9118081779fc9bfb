/**
 * find's listing of a vault (find-walk.ts) must give exactly what `walkVault` gives, or nothing at
 * all: ingest trusts its entries and its key as if Node had walked.
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFindOutput, startFindWalk, type FoundWalk } from '../../src/vault/find-walk.js';
import { walkVault } from '../../src/vault/walk.js';

const gnuFind = spawnSync('find', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU findutils');

let root: string;
function write(path: string, content = 'x'): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
async function found(dir = root, command?: string): Promise<FoundWalk | null> {
  return (await startFindWalk(dir, command).take()) ?? null;
}
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bokseup-find-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe.runIf(gnuFind)('startFindWalk (GNU find)', () => {
  it('lists exactly what walkVault lists, with the same sizes and modification times', async () => {
    write('b.md', 'hello');
    write('Linux/네트워크 네임스페이스.md', '한국어');
    write('Linux/deep/er/c.MD');
    write('Linux/image.png');
    write('notes.txt');
    write('with space/and\nnewline.md', 'odd');
    write('emoji 🟩/x.md');
    write('.obsidian/workspace.md');
    write('sub/.hidden/y.md');
    write('node_modules/pkg/readme.md');
    write('.dotnote.md');
    mkdirSync(join(root, 'folder.md')); // a folder named like a note is walked into, not listed
    write('folder.md/inner.md');
    // Sub-millisecond and pre-2001 times: the conversion must match Node's to the last bit.
    utimesSync(join(root, 'b.md'), 1_000_000_000.123456, 1_732_870_000.987654);
    const listing = await found();
    expect(listing?.entries()).toEqual(walkVault(root));
    expect(listing?.entries()?.map((e) => e.path)).toContain('with space/and\nnewline.md');
    expect(listing?.entries()?.find((e) => e.path === 'b.md')?.mtimeMs).toBe(
      statSync(join(root, 'b.md')).mtimeMs,
    );
  });

  it('gives an empty list for an empty vault, and follows a root that is a link', async () => {
    expect((await found())?.entries()).toEqual([]);
    write('real/a.md');
    const link = `${root}-link`;
    symlinkSync(join(root, 'real'), link);
    try {
      expect((await found(link))?.entries()).toEqual(walkVault(link));
    } finally {
      rmSync(link);
    }
  });

  it('leaves the walk to Node when the vault holds a link (but not one in a skipped folder)', async () => {
    write('real/a.md');
    symlinkSync(join(root, 'real'), join(root, '.hidden-link'));
    expect((await found())?.entries()).toEqual(walkVault(root));
    symlinkSync(join(root, 'real'), join(root, 'linked'));
    const listing = await found();
    expect(listing).not.toBeNull();
    expect(listing?.entries()).toBeNull();
  });

  it('leaves the walk to Node when a name is not UTF-8', async () => {
    write('a.md');
    // A Latin-1 "é" (0xE9): Node reads the name as U+FFFD and could not stat it by that name.
    writeFileSync(Buffer.from([...Buffer.from(`${root}/caf`), 0xe9, ...Buffer.from('.md')]), 'x');
    expect(walkVault(root).map((e) => e.path)).toEqual(['a.md']);
    expect((await found())?.entries()).toBeNull();
  });

  it('keys a listing by its root and every stat: the same files give the same key', async () => {
    write('a.md', 'one');
    write('sub/b.md', 'two');
    const first = await found();
    expect((await found())?.key).toBe(first?.key);
    utimesSync(join(root, 'a.md'), 1_700_000_000, 1_700_000_000.5);
    const touched = await found();
    expect(touched?.key).not.toBe(first?.key);
    write('a.md', 'one!');
    expect((await found())?.key).not.toBe(touched?.key);
    const [one, two] = [mkdtempSync(join(root, 'e-')), mkdtempSync(join(root, 'e-'))];
    expect((await found(one))?.key).not.toBe((await found(two))?.key); // both empty: only the root differs
  });

  it('is taken once, runs until find exits; cancelling after the end is harmless', async () => {
    write('a.md');
    const walk = startFindWalk(root);
    expect(walk.running()).toBe(true); // find's exit is an event: it cannot have come yet
    const first = walk.take();
    expect(walk.take()).toBeNull();
    expect((await first)?.entries()?.map((e) => e.path)).toEqual(['a.md']);
    expect(walk.running()).toBe(false);
    walk.cancel();
  });

  it('stops when cancelled while find runs, and leaves no temporary file', async () => {
    for (let i = 0; i < 300; i++) write(`d${i % 10}/n${i}.md`);
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('bokseup-walk-'));
    const walk = startFindWalk(root);
    walk.cancel(); // at once: find has 300 files to list
    expect(await walk.take()).toBeNull();
    expect(walk.running()).toBe(false);
    // The listing's file is removed as soon as it is opened.
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('bokseup-walk-'))).toEqual(before);
    expect((await startFindWalk(root).take())?.entries()).toHaveLength(300);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('bokseup-walk-'))).toEqual(before);
  });
});

describe('startFindWalk without a usable find', () => {
  it('gives null when the program does not exist or the root cannot be listed', async () => {
    write('a.md');
    expect(await found(root, 'bokseup-no-such-find')).toBeNull();
    expect(await found(join(root, 'missing'))).toBeNull();
  });
});

describe('parseFindOutput', () => {
  const line = (size: string, time: string, path: string) => `f\0${size}\0${time}\0${path}\0`;

  it('reads size, time and path, sorted by path in code units', () => {
    const text = line('5', '1732870000.9876543210', 'b.md') + line('0', '12', 'a/c.md');
    expect(parseFindOutput('/v', text)).toEqual([
      { path: 'a/c.md', abs: '/v/a/c.md', size: 0, mtimeMs: 12_000 },
      { path: 'b.md', abs: '/v/b.md', size: 5, mtimeMs: 1732870000 * 1e3 + 987654321 / 1e6 },
    ]);
  });

  it('refuses links, unknown records, bad numbers and a cut-off end', () => {
    const ok = line('5', '1.5', 'a.md');
    expect(parseFindOutput('/v', ok)).not.toBeNull();
    expect(parseFindOutput('/v', `${ok}l\0link\0`)).toBeNull();
    expect(parseFindOutput('/v', `x\0${ok}`)).toBeNull();
    expect(parseFindOutput('/v', line('-1', '1.5', 'a.md'))).toBeNull();
    expect(parseFindOutput('/v', line('5', '-1.5', 'a.md'))).toBeNull();
    expect(parseFindOutput('/v', line('5', '1.5', 'a.txt'))).toBeNull();
    expect(parseFindOutput('/v', ok.slice(0, -1))).toBeNull();
    expect(parseFindOutput('/v', '')).toEqual([]);
  });
});
