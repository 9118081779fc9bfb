/**
 * A first ingest of a big vault writes without WAL and without a sync per transaction (the database
 * holds only the index: store/bulk-write.ts). Killed with `kill -9` at any instant, it must leave a
 * database that SQLite finds intact and that the next ingest completes: every note in, back in WAL
 * mode, the same rows as an ingest never killed. Needs the build (`npm run build`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { generateVault } from '../../bench/generate-vault.js';

const ROOT = path.join(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/bokseup.js');
const SEED = path.join(ROOT, 'test/fixtures/notes/seed/input.md');
const NOTES = 800; // past the pool's and the bulk writer's thresholds (300 and 500 files to read)
const KILLS = 6;

const dir = mkdtempSync(path.join(os.tmpdir(), 'bokseup-first-kill-'));
const vault = path.join(dir, 'vault');
generateVault(vault, SEED, NOTES, '2026-11-29');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = { ...process.env, BOKSEUP_NOW: '2026-11-29T09:00', BOKSEUP_TZ: 'Asia/Seoul', NO_COLOR: '1' };
const args = (db: string) => [BIN, '--vault', vault, '--db', db, 'ingest'];

function ingest(db: string): string {
  const r = spawnSync(process.execPath, args(db), { env, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** Start an ingest and kill it after `ms`; resolves once it is gone. */
function killedIngest(db: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args(db), { env, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('error', reject);
    child.on('exit', () => (clearTimeout(timer), resolve()));
  });
}

/** What a database holds, to compare two of them: integrity, journal mode, note and card rows. */
function contents(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    return {
      integrity: d.pragma('integrity_check', { simple: true }),
      mode: d.pragma('journal_mode', { simple: true }),
      notes: d
        .prepare('SELECT id, path, hash, fields_json, parsed_json, card_count FROM notes ORDER BY id')
        .all(),
      cards: d.prepare('SELECT id, note_id, prompt, answer, position FROM cards ORDER BY id').all(),
    };
  } finally {
    d.close();
  }
}

describe('kill -9 during a first ingest of a big vault', () => {
  it('leaves an intact database that the next ingest completes, the same as a run never killed', async () => {
    const reference = path.join(dir, 'reference.db');
    const started = performance.now();
    expect(ingest(reference)).toContain(`${NOTES} added`);
    const runMs = performance.now() - started;
    const want = contents(reference);
    expect(want.mode).toBe('wal');
    expect(want.notes).toHaveLength(NOTES);

    for (let k = 0; k < KILLS; k++) {
      const db = path.join(dir, `killed-${k}.db`);
      // From start-up to the last transaction: the kill lands at a different instant each time.
      await killedIngest(db, Math.round(runMs * (0.2 + (0.75 * k) / (KILLS - 1))));
      ingest(db);
      const got = contents(db);
      expect(got.integrity).toBe('ok');
      expect(got.mode).toBe('wal');
      expect(got.notes).toEqual(want.notes);
      expect(got.cards).toEqual(want.cards);
    }
  }, 120_000);
});
