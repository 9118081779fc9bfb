/**
 * A writer killed at every point of a write (issue 11, point 2, writer level): the write is frozen
 * at its k-th file-system call (the call never returns, as after `kill -9`; no `finally` runs),
 * then the next run's sweep treats the writer as dead. For every k, the note must be there, whole,
 * and either the user's version or the complete new one, with no file left beside it. Random kills
 * rarely land inside the swap (a few system calls); this walks each one of them.
 */
import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepLeftovers, writeNoteAtomic, type AtomicFs } from '../../src/vault/index.js';

const NOTE = '---\n오늘2: 2024/10/27\n---\n본문\n';
const NEW = NOTE.replace('10/27', '10/28');
const bump = (t: string): string => t.replace('10/27', '10/28');
const CALLS = [
  'readFile',
  'writeFile',
  'stat',
  'lstat',
  'open',
  'rename',
  'link',
  'unlink',
  'realpath',
] as const;

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bokseup-crash-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * The file system, frozen for good at call number `k` (counting from 1); `calls` counts them;
 * `onCall` runs after each call that returned.
 */
function freezingFs(
  k: number,
  calls: { n: number; frozen?: () => void },
  onCall?: (name: string) => Promise<void>,
): AtomicFs {
  const never = new Promise<never>(() => undefined);
  const fs: Record<string, unknown> = {};
  for (const name of CALLS) {
    fs[name] = async (...args: unknown[]) => {
      if (++calls.n === k) {
        calls.frozen?.();
        return never;
      }
      const result = await (nodeFs[name] as (...a: unknown[]) => Promise<unknown>)(...args);
      await onCall?.(name);
      return result;
    };
  }
  return fs as unknown as AtomicFs;
}

/** Freeze a write of `name` at each call in turn; returns what the note held after each sweep. */
async function everyCrashPoint(
  name: string,
  onCall?: (file: string) => (call: string) => Promise<void>,
): Promise<string[]> {
  const full = { n: 0 };
  const probe = join(dir, name);
  await writeFile(probe, NOTE);
  await writeNoteAtomic(probe, NOTE, bump, { fs: freezingFs(0, full, onCall?.(probe)), settleMs: 0 });
  const seen: string[] = [];
  for (let k = 1; k <= full.n; k++) {
    const file = join(dir, `${k}-${name}`);
    await writeFile(file, NOTE);
    // Wait until the write reaches call k and hangs there (or ends, if it makes fewer calls).
    await new Promise<void>((frozen) => {
      const fs = freezingFs(k, { n: 0, frozen }, onCall?.(file));
      void writeNoteAtomic(file, NOTE, bump, { fs, settleMs: 0 }).then(() => frozen());
    });
    await sweepLeftovers(dir, () => false);
    seen.push(await readFile(file, 'utf8').catch(() => 'MISSING'));
  }
  return seen;
}

describe('a write killed at any of its file-system calls', () => {
  it('leaves the note old or new, whole, and nothing beside it after the next sweep', async () => {
    const seen = await everyCrashPoint('note.md');
    expect(seen.length).toBeGreaterThan(6);
    for (const text of seen) expect([NOTE, NEW]).toContain(text);
    expect(seen).toContain(NOTE);
    expect(seen).toContain(NEW);
    expect((await readdir(dir)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('does the same for a note whose name needs the short temp names', async () => {
    const seen = await everyCrashPoint(`${'가'.repeat(80)}.md`);
    for (const text of seen) expect([NOTE, NEW]).toContain(text);
    expect((await readdir(dir)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it("keeps the user's in-place edit into the moved-aside note, killed at any point after it", async () => {
    // An editor that held the note open writes into it right after our new version is linked in.
    const edited = `${NOTE}사용자\n`;
    const seen = await everyCrashPoint('note.md', (file) => {
      let done = false;
      return async (call) => {
        if (done || call !== 'link') return;
        done = true;
        const aside = (await readdir(dir)).find(
          (n) => n.startsWith(`.${basename(file)}.`) && n.endsWith('.old'),
        );
        await writeFile(join(dir, aside ?? 'missing-aside'), edited);
      };
    });
    for (const text of seen) expect([NOTE, edited, bump(edited)]).toContain(text);
    expect(seen).toContain(edited);
    expect(seen).toContain(bump(edited));
    // Once the user's edit is made, no crash point loses it (the sequence never goes back to NOTE).
    const first = seen.indexOf(edited);
    expect(seen.slice(first).filter((t) => t === NOTE)).toEqual([]);
    expect((await readdir(dir)).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
