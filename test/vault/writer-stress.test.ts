/**
 * The writer under a real concurrent editor (issue 11, point 1, writer level): an editor process
 * (editor-loop.ts) appends lines to 30 notes by rename-saves and by slow in-place saves while this
 * process rewrites a frontmatter counter in them as fast as it can. Every save the editor logged
 * must be in its note at the end. The same counter run with a naive writer (read, write a temp
 * file, rename) must lose some: that proves the count can see a loss.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rename, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeNoteAtomic } from '../../src/vault/index.js';

const NOTES = 30;
const EDIT_MS = 3000;
const PAUSE_MS = 30; // the editor's longest pause mid-save
const SETTLE_MS = 80; // longer than the pause: a half-saved note is never read as settled
const EDITOR = join(import.meta.dirname, 'editor-loop.ts');

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bokseup-stress-'));
  for (let i = 0; i < NOTES; i++) await writeFile(join(dir, `n${i}.md`), '---\ncount: 0\n---\n본문\n');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a regen does to a note, reduced to one always-changing field. */
function bump(text: string): string | null {
  const m = /^count: (\d+)$/m.exec(text);
  return m === null ? null : text.replace(m[0], `count: ${Number(m[1]) + 1}`);
}

/** One write the way the old code did it: read, (a few ms of work), temp file, rename over. */
async function naiveWrite(file: string): Promise<boolean> {
  const next = bump(await readFile(file, 'utf8'));
  if (next === null) return false;
  await sleep(2);
  await writeFile(`${file}.naive`, next);
  await rename(`${file}.naive`, file);
  return true;
}

interface Tally {
  edits: number;
  lost: number;
  written: number;
  leftovers: string[];
}

/** Run the editor for EDIT_MS while `write` rewrites random notes; count the edits not in their note. */
async function race(write: (file: string) => Promise<boolean>): Promise<Tally> {
  const log = join(dir, 'edits.log');
  await writeFile(log, '');
  const editor = spawn(process.execPath, [
    '--import',
    'tsx',
    EDITOR,
    dir,
    String(EDIT_MS),
    log,
    String(PAUSE_MS),
  ]);
  let running = true;
  const exited = new Promise<void>((done) => editor.on('exit', () => ((running = false), done())));
  let written = 0;
  while (running) {
    const file = join(dir, `n${Math.floor(Math.random() * NOTES)}.md`);
    if (await write(file).catch(() => false)) written++;
    await sleep(0);
  }
  await exited;
  const edits = (await readFile(log, 'utf8')).split('\n').filter((l) => l !== '');
  let lost = 0;
  for (const entry of edits) {
    const [name, line] = entry.split('\t');
    if (!(await readFile(join(dir, name ?? ''), 'utf8')).includes(`\n${line}\n`)) lost++;
  }
  const leftovers = (await readdir(dir)).filter((n) => n.startsWith('.') && n.includes('bokseup'));
  return { edits: edits.length, lost, written, leftovers };
}

describe('the note writer against a concurrent editor', { timeout: 60_000 }, () => {
  it('loses no edit of either kind of save, and leaves no temp file', async () => {
    const t = await race(async (file) => {
      const bytes = await readFile(file);
      return (await writeNoteAtomic(file, bytes, bump, { settleMs: SETTLE_MS })).written;
    });
    console.log(`writer stress: ${t.edits} edits tried, ${t.lost} lost, ${t.written} notes written`);
    expect(t.edits).toBeGreaterThan(100);
    expect(t.written).toBeGreaterThan(20);
    expect(t.lost).toBe(0);
    expect(t.leftovers).toEqual([]);
  });

  it('detects the losses of a naive read-then-rename writer', async () => {
    const t = await race(naiveWrite);
    console.log(`naive writer: ${t.edits} edits tried, ${t.lost} lost, ${t.written} notes written`);
    expect(t.edits).toBeGreaterThan(100);
    expect(t.lost).toBeGreaterThan(0);
  });
});
