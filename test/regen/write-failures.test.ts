/**
 * `regen` and the notes it may not write (issue 11, point 4): a read-only note and a note linked
 * from outside the vault are each one entry naming the note, and the other notes are written;
 * `followLinks` writes through the link.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openVault } from '../../src/ingest/index.js';
import { regenNotes } from '../../src/regen/index.js';

const TEMPLATE = readFileSync(
  path.join(import.meta.dirname, '../fixtures/sample-vault/TCP 3-way handshake.md'),
  'utf8',
);
const clock = { now: new Date('2026-12-12T01:00:00Z'), tz: 'Asia/Seoul' };

let root: string;
let vault: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bokseup-regen-fail-'));
  vault = path.join(root, 'v');
  mkdirSync(vault);
  for (const name of ['a.md', 'locked.md', 'z.md']) writeFileSync(path.join(vault, name), TEMPLATE);
  writeFileSync(path.join(root, 'elsewhere.md'), TEMPLATE);
  symlinkSync(path.join(root, 'elsewhere.md'), path.join(vault, 'linked.md'));
  chmodSync(path.join(vault, 'locked.md'), 0o444);
});

afterEach(() => {
  chmodSync(path.join(vault, 'locked.md'), 0o644);
  rmSync(root, { recursive: true, force: true });
});

async function regen(followLinks: boolean) {
  const { store } = await openVault({ vault, db: path.join(root, 'db.sqlite') }, clock.now);
  try {
    return await regenNotes(store, vault, null, clock, { write: followLinks ? { followLinks: true } : {} });
  } finally {
    store.close();
  }
}

describe('regen and notes it may not write', () => {
  it('names the read-only note and the link out of the vault, and writes the others', async () => {
    const summary = await regen(false);
    expect(summary.written).toEqual(['a.md', 'z.md']);
    expect(summary.unwritten.map((u) => [u.path, u.reason])).toEqual([
      ['linked.md', 'outside-vault'],
      ['locked.md', 'read-only'],
    ]);
    expect(summary.unwritten[0]?.message).toMatch(/--follow-links/);
    expect(readFileSync(path.join(vault, 'locked.md'), 'utf8')).toBe(TEMPLATE);
    expect(readFileSync(path.join(root, 'elsewhere.md'), 'utf8')).toBe(TEMPLATE);
  });

  it('writes through the link with followLinks', async () => {
    const summary = await regen(true);
    expect(summary.written).toContain('linked.md');
    expect(readFileSync(path.join(root, 'elsewhere.md'), 'utf8')).not.toBe(TEMPLATE);
  });
});
