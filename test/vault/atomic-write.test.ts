import * as nodeFs from 'node:fs/promises';
import {
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile,
  chmod,
  lstat,
  unlink,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { patchFrontmatter } from '../../src/note/index.js';
import { writeNoteAtomic, type AtomicFs } from '../../src/vault/index.js';

const NOTE = '---\r\n오늘2: 2024/10/27\r\n사이: "80"\r\n---\r\n본문\r\n';

/** The derived-field change a regen would make: 오늘2 → 2024/10/28. */
function bumpToday(current: string): string | null {
  const r = patchFrontmatter(current, new Map([['오늘2', '2024/10/28']]));
  return r.changed.length > 0 ? r.text : null;
}

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bokseup-atomic-'));
  file = join(dir, '노트.md');
  await writeFile(file, NOTE);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function folderListing(): Promise<string[]> {
  return (await readdir(dir)).sort();
}

describe('writeNoteAtomic', () => {
  it('writes the produced text, keeps the mode and leaves no temp file', async () => {
    await chmod(file, 0o640);
    const r = await writeNoteAtomic(file, NOTE, bumpToday);
    expect(r).toEqual({ written: true, retried: 0 });
    expect(await readFile(file, 'utf8')).toBe(NOTE.replace('10/27', '10/28'));
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await folderListing()).toEqual(['노트.md']);
  });

  it('writes nothing when produce returns null or the same text', async () => {
    const before = await stat(file);
    expect(await writeNoteAtomic(file, NOTE, () => null)).toEqual({
      written: false,
      retried: 0,
      reason: 'unchanged',
    });
    expect(await writeNoteAtomic(file, NOTE, (t) => t)).toMatchObject({
      written: false,
      reason: 'unchanged',
    });
    expect((await stat(file)).ino).toBe(before.ino);
    expect(await folderListing()).toEqual(['노트.md']);
  });

  it('re-applies on the current text when the file changed since the caller read it', async () => {
    const edited = NOTE.replace('본문', '본문 (사용자 수정)');
    await writeFile(file, edited);
    const r = await writeNoteAtomic(file, NOTE, bumpToday);
    expect(r).toEqual({ written: true, retried: 1 });
    expect(await readFile(file, 'utf8')).toBe(edited.replace('10/27', '10/28'));
  });

  it('keeps an edit made between our write and the rename, and applies ours on top', async () => {
    const seen: string[] = [];
    const r = await writeNoteAtomic(
      file,
      NOTE,
      (t) => {
        seen.push(t);
        return bumpToday(t);
      },
      {
        beforeRename: async (path, attempt) => {
          if (attempt === 0) await writeFile(path, NOTE.replace('사이: "80"', '사이: "80"\r\n메모: 새 줄'));
        },
      },
    );
    expect(r).toEqual({ written: true, retried: 1 });
    expect(seen).toHaveLength(2);
    const text = await readFile(file, 'utf8');
    expect(text).toBe('---\r\n오늘2: 2024/10/28\r\n사이: "80"\r\n메모: 새 줄\r\n---\r\n본문\r\n');
    expect(await folderListing()).toEqual(['노트.md']);
  });

  it('gives up as busy when the file keeps changing, leaving the latest user text', async () => {
    let n = 0;
    const r = await writeNoteAtomic(file, NOTE, bumpToday, {
      retries: 2,
      beforeRename: async (path) => writeFile(path, NOTE.replace('본문', `본문 ${++n}`)),
    });
    expect(r).toMatchObject({ written: false, retried: 2, reason: 'busy' });
    expect(await readFile(file, 'utf8')).toBe(NOTE.replace('본문', `본문 ${n}`));
    expect(n).toBe(3);
    expect(await folderListing()).toEqual(['노트.md']);
  });

  it('reports a failing swap as an error, removes the temp file and keeps the original', async () => {
    const failing: AtomicFs = { ...nodeFs, rename: () => Promise.reject(new Error('EXDEV simulated')) };
    const r = await writeNoteAtomic(file, NOTE, bumpToday, { fs: failing });
    expect(r).toMatchObject({ written: false, reason: 'error', message: 'EXDEV simulated' });
    expect(await readFile(file, 'utf8')).toBe(NOTE);
    expect(await folderListing()).toEqual(['노트.md']);
  });

  it('does not recreate a note that was deleted, before or during the write', async () => {
    const gone = join(dir, 'gone.md');
    expect(await writeNoteAtomic(gone, NOTE, bumpToday)).toMatchObject({ written: false, reason: 'missing' });
    const r = await writeNoteAtomic(file, NOTE, bumpToday, { beforeRename: (path) => unlink(path) });
    expect(r).toMatchObject({ written: false, reason: 'missing' });
    expect(await folderListing()).toEqual([]);
  });

  it('writes through a symlink to its target and keeps the link', async () => {
    const link = join(dir, 'link.md');
    await symlink(file, link);
    expect(await writeNoteAtomic(link, NOTE, bumpToday)).toMatchObject({ written: true });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(NOTE.replace('10/27', '10/28'));
  });

  it('passes the BOM through and refuses a file that is not UTF-8', async () => {
    await writeFile(file, `\uFEFF${NOTE}`);
    expect(await writeNoteAtomic(file, `\uFEFF${NOTE}`, bumpToday)).toMatchObject({ written: true });
    expect(await readFile(file, 'utf8')).toBe(`\uFEFF${NOTE.replace('10/27', '10/28')}`);
    const latin1 = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]);
    await writeFile(file, latin1);
    expect(await writeNoteAtomic(file, latin1, () => 'x')).toMatchObject({
      written: false,
      reason: 'not-utf8',
    });
    expect((await readFile(file)).equals(latin1)).toBe(true);
  });
});
