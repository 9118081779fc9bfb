/**
 * The writer's guards (issue 11): a note being saved, read-only, linked out of the vault, with a
 * long name, in a read-only folder; and the two races the swap closes (a rename-save landing right
 * before it, an in-place write into the file it replaces).
 */
import * as nodeFs from 'node:fs/promises';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeNoteAtomic, type AtomicFs } from '../../src/vault/index.js';

const NOTE = '---\n오늘2: 2024/10/27\n---\n본문\n';
const bump = (t: string): string => t.replace('10/27', '10/28');
const isRoot = process.getuid?.() === 0;

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bokseup-guards-'));
  file = join(dir, 'note.md');
  await writeFile(file, NOTE);
});

afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('writeNoteAtomic guards', () => {
  it('leaves a note modified within the settle time, and writes it once it has settled', async () => {
    const young = await writeNoteAtomic(file, NOTE, bump, { settleMs: 2000 });
    expect(young).toMatchObject({ written: false, reason: 'busy' });
    expect(young.message).toMatch(/ms ago/);
    const past = new Date(Date.now() - 3000);
    await utimes(file, past, past);
    expect(await writeNoteAtomic(file, NOTE, bump, { settleMs: 2000 })).toMatchObject({ written: true });
  });

  it('leaves a chmod 444 note alone', async () => {
    await chmod(file, 0o444);
    expect(await writeNoteAtomic(file, NOTE, bump)).toMatchObject({ written: false, reason: 'read-only' });
    expect(await readFile(file, 'utf8')).toBe(NOTE);
  });

  it('does not write through a link out of the vault unless followLinks', async () => {
    const vault = join(dir, 'vault');
    await mkdir(vault);
    await symlink(file, join(vault, 'link.md'));
    const r = await writeNoteAtomic(join(vault, 'link.md'), NOTE, bump, { vault });
    expect(r).toMatchObject({ written: false, reason: 'outside-vault' });
    expect(await readFile(file, 'utf8')).toBe(NOTE);
    const followed = await writeNoteAtomic(join(vault, 'link.md'), NOTE, bump, { vault, followLinks: true });
    expect(followed).toMatchObject({ written: true });
  });

  it('writes a note with a valid 249-byte name (the temp name gets short names)', async () => {
    const long = join(dir, `${'가'.repeat(82)}.md`); // 246 + 3 bytes: `.<name>.bokseup-<pid>-<rand>.tmp` would not fit
    await writeFile(long, NOTE);
    expect(await writeNoteAtomic(long, NOTE, bump)).toMatchObject({ written: true });
    expect(await readFile(long, 'utf8')).toBe(bump(NOTE));
    expect((await readdir(dir)).sort()).toEqual(['note.md', `${'가'.repeat(82)}.md`]);
  });

  it.skipIf(isRoot)('reports a read-only folder as an error line and leaves the note', async () => {
    await chmod(dir, 0o555);
    const r = await writeNoteAtomic(file, NOTE, bump);
    expect(r).toMatchObject({ written: false, reason: 'error' });
    expect(r.message).toMatch(/EACCES/);
    expect(await readFile(file, 'utf8')).toBe(NOTE);
  });

  it('names a read-only file system, a full disk or a refused folder in one clause, keeping the note', async () => {
    for (const [code, clause] of [
      ['EROFS', 'the note is on a read-only file system (EROFS)'],
      ['ENOSPC', 'no space left on the device (ENOSPC)'],
      ['EACCES', 'permission denied: bokseup may not write the note or create a file in its folder (EACCES)'],
    ] as const) {
      const refused = Object.assign(
        new Error(`${code}: simulated, open '/x/.note.md.bokseup-1-00000000.tmp'`),
        { code },
      );
      const fs: AtomicFs = {
        ...nodeFs,
        open: ((p: string, flags?: string, mode?: number) =>
          flags === 'wx' ? Promise.reject(refused) : nodeFs.open(p, flags, mode)) as AtomicFs['open'],
      };
      expect(await writeNoteAtomic(file, NOTE, bump, { fs })).toEqual({
        written: false,
        retried: 0,
        reason: 'error',
        message: clause,
      });
      expect(await readFile(file, 'utf8')).toBe(NOTE);
      expect(await readdir(dir)).toEqual(['note.md']);
    }
  });

  it('keeps a rename-save that lands right before the swap, and applies ours on top', async () => {
    let saved = false;
    const fs: AtomicFs = {
      ...nodeFs,
      rename: async (from, to) => {
        if (!saved && String(to).endsWith('.old')) {
          saved = true; // the editor's save lands between our last check and our move-aside
          await writeFile(`${file}.editor`, `${NOTE}사용자 줄\n`);
          await nodeFs.rename(`${file}.editor`, file);
        }
        return nodeFs.rename(from, to);
      },
    };
    const r = await writeNoteAtomic(file, NOTE, bump, { fs });
    expect(r).toMatchObject({ written: true, retried: 1 });
    expect(await readFile(file, 'utf8')).toBe(bump(`${NOTE}사용자 줄\n`));
    expect(await readdir(dir)).toEqual(['note.md']);
  });

  it('puts back an in-place write into the replaced file and re-applies on it', async () => {
    let wrote = false;
    const fs: AtomicFs = {
      ...nodeFs,
      link: async (from, to) => {
        await nodeFs.link(from, to);
        if (!wrote) {
          wrote = true; // an editor holding the old file open writes into it after our checks
          await writeFile(
            join(dir, (await readdir(dir)).find((n) => n.endsWith('.old')) ?? ''),
            `${NOTE}제자리\n`,
          );
        }
      },
    };
    const r = await writeNoteAtomic(file, NOTE, bump, { fs });
    expect(r).toMatchObject({ written: true, retried: 1 });
    expect(await readFile(file, 'utf8')).toBe(bump(`${NOTE}제자리\n`));
    expect(await readdir(dir)).toEqual(['note.md']);
  });
});
