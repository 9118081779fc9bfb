/**
 * The vault digest (migration 003): a warm ingest whose walk matches the digest of the last complete
 * ingest skips the stored stats, and reports exactly what the full comparison would.
 */
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestVault, type IngestReport } from '../../src/ingest/index.js';
import { Store } from '../../src/store/index.js';
import { fakeParse, noteText } from './fake-parse.js';
import { changeSteps, TempVault } from './vault-fixture.js';

const now = new Date('2024-10-27T05:01:00Z');
let vault: TempVault;
let store: Store;
let parsed: string[];

function ingest(force = false): IngestReport {
  const parse = (path: string, text: string) => (parsed.push(path), fakeParse(path, text));
  return ingestVault(store, vault.root, parse, { now, force });
}
const digest = () => store.db.prepare('SELECT digest FROM vault_digest').pluck().get() as string | undefined;
const clearDigest = () => store.db.exec('DELETE FROM vault_digest');

beforeEach(() => {
  vault = new TempVault();
  store = Store.open(':memory:');
  parsed = [];
  vault.write('a.md', noteText('A', ['p1']));
  vault.write('b.md', 'BROKEN\n');
  vault.write('sub/c.md', `${noteText('C', ['p2'])}BROKEN\n`);
});
afterEach(() => {
  store.close();
  vault.dispose();
});

describe('vault digest', () => {
  it('is stored by a complete ingest, and the next warm report equals the full comparison', () => {
    const first = ingest();
    expect(first.errors.map((e) => [e.path, e.line])).toEqual([
      ['b.md', 1],
      ['sub/c.md', 4],
    ]);
    expect(digest()).toMatch(/^[0-9a-f]{64}$/);
    parsed = [];
    const fast = ingest();
    clearDigest();
    const full = ingest();
    expect(fast).toEqual(full);
    expect(fast).toEqual({
      scanned: 3,
      added: 0,
      updated: 0,
      unchanged: 3,
      removed: 0,
      errors: first.errors,
      studyNotes: 3,
      otherNotes: 0,
      templates: 0,
      excluded: 0,
      skipped: [],
    });
    expect(parsed).toEqual([]);
  });

  it('skips the stored stats when it matches (a stat changed behind the triggers goes unseen)', () => {
    ingest();
    store.db.exec('DROP TRIGGER vault_digest_update');
    store.db.exec("UPDATE notes SET size = size + 1, hash = 'x' WHERE path = 'a.md'");
    parsed = [];
    ingest();
    expect(parsed).toEqual([]); // the digest matched: no stored stat was compared
    clearDigest();
    ingest();
    expect(parsed).toEqual(['a.md']); // the full comparison sees the stat and hash differ
  });

  it('is dropped by the triggers when a note row changes by any other means', () => {
    ingest();
    store.db.exec("UPDATE notes SET next_card_due = '2030-01-01T00:00:00.000Z'");
    expect(digest()).toBeDefined(); // not a column ingest compares
    for (const sql of [
      "UPDATE notes SET size = size + 1, hash = 'x' WHERE path = 'a.md'",
      "UPDATE notes SET removed_at = 'now' WHERE path = 'b.md'",
      "UPDATE notes SET error_json = NULL WHERE path = 'sub/c.md'",
    ]) {
      ingest();
      expect(digest()).toBeDefined();
      store.db.exec(sql);
      expect(digest()).toBeUndefined();
    }
    ingest();
    expect(digest()).toBeDefined();
  });

  it('no longer matches after an edit, an added, a moved or a removed file', () => {
    ingest();
    for (const [change, expected] of changeSteps(vault)) {
      change();
      expect(ingest()).toMatchObject(expected);
    }
  });

  it('is not stored while a file cannot be read, so it is reported on every run', () => {
    vault.write('huge.md', '');
    truncateSync(join(vault.root, 'huge.md'), 2 ** 31); // sparse: Node refuses to read 2 GiB into a buffer
    for (let i = 0; i < 2; i++) {
      const report = ingest();
      expect(report.errors.find((e) => e.path === 'huge.md')?.rule).toBe('unreadable');
      expect(digest()).toBeUndefined();
    }
  });

  it('is ignored by a forced ingest', () => {
    ingest();
    parsed = [];
    ingest(true);
    expect(parsed).toEqual(['a.md', 'b.md', 'sub/c.md']);
  });
});
