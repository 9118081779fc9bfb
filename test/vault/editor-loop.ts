/**
 * A stand-in for a user's editor, run as its own process (`node --import tsx editor-loop.ts DIR
 * MS LOG [PAUSE_MS]`): for MS milliseconds it picks a random `.md` note in DIR, reads it, appends a
 * unique line `edit-<n>` and saves it, alternating the two ways editors save:
 *
 * - rename-save (Obsidian): write `.<name>.editor.swp`, rename it over the note;
 * - slow in-place save (sync clients, slow disks): truncate the note, write the first half, pause
 *   up to PAUSE_MS (default 30), write the rest.
 *
 * Every save that completed is appended to LOG as `<note>\t<edit-n>`: the lost-edit counters check
 * that each logged line is still in its note at the end. A note absent at the instant it is read
 * (a writer's swap) is skipped, as an editor would show it as gone.
 */
import { appendFileSync } from 'node:fs';
import { open, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** One rename-save of `text` to `file`. */
async function renameSave(file: string, text: string): Promise<void> {
  const swap = join(file, '..', `.${file.split('/').pop() ?? ''}.editor.swp`);
  await writeFile(swap, text);
  await rename(swap, file);
}

/** One in-place save: truncate, half, pause, rest. */
async function slowSave(file: string, text: string, pauseMs: number): Promise<void> {
  const bytes = Buffer.from(text);
  const half = Math.floor(bytes.length / 2);
  const handle = await open(file, 'w');
  try {
    await handle.write(bytes, 0, half, 0);
    await sleep(1 + Math.floor(Math.random() * pauseMs));
    await handle.write(bytes, half, bytes.length - half, half);
  } finally {
    await handle.close();
  }
}

/** Edit notes of `dir` for `ms`; returns how many saves completed. */
export async function editLoop(dir: string, ms: number, log: string, pauseMs: number): Promise<number> {
  const notes = (await readdir(dir)).filter((n) => n.endsWith('.md'));
  const end = Date.now() + ms;
  let n = 0;
  while (Date.now() < end) {
    const name = notes[Math.floor(Math.random() * notes.length)] ?? '';
    const file = join(dir, name);
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) continue;
    const line = `edit-${process.pid}-${++n}`;
    const next = `${text}${line}\n`;
    if (n % 2 === 0) await renameSave(file, next);
    else await slowSave(file, next, pauseMs);
    appendFileSync(log, `${name}\t${line}\n`);
  }
  return n;
}

const [dir, ms, log, pause] = process.argv.slice(2);
if (dir !== undefined && ms !== undefined && log !== undefined) {
  void editLoop(dir, Number(ms), log, Number(pause ?? 30)).then((n) => process.stdout.write(`${n}\n`));
}
