/**
 * `node --import tsx write-notes.ts FILE…`: regenerate-like writes of the notes named, as its own
 * process, so a test can run it in a read-only mount or as another user; prints each result as
 * one JSON line (`{"file":…,"written":…,"reason":…,"message":…}`).
 */
import { readFile } from 'node:fs/promises';
import { writeNoteAtomic } from '../../src/vault/index.js';

/** The change: the 오늘2 date moves a day, as a regen the next day does. */
const bump = (text: string): string => text.replace('2024/10/27', '2024/10/28');

async function main(files: string[]): Promise<void> {
  for (const file of files) {
    const bytes = await readFile(file);
    const result = await writeNoteAtomic(file, bytes, bump, { settleMs: 0 });
    process.stdout.write(`${JSON.stringify({ file, ...result })}\n`);
  }
}

void main(process.argv.slice(2));
