/**
 * The listing key (migration 005): when find's listing of the vault is byte for byte the one stored
 * beside the digest, ingest reports "nothing changed" without even parsing the listing; anything
 * else falls back to the digest and the stored stats, as without find.
 */
import { spawnSync } from 'node:child_process';
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestVault, ingestVaultLazily, type IngestReport } from '../../src/ingest/ingest-vault.js';
import { Store } from '../../src/store/store.js';
import { startFindWalk, type FoundWalk } from '../../src/vault/find-walk.js';
import { fakeParse, noteText } from '../ingest/fake-parse.js';
import { changeSteps, TempVault } from '../ingest/vault-fixture.js';

const gnuFind = spawnSync('find', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU findutils');
const now = new Date('2024-10-27T05:01:00Z');
let vault: TempVault;
let store: Store;
let parsed: string[];
/** How often ingest asked the last listing for its entries. */
let listed: number;

const parse = (path: string, text: string) => (parsed.push(path), fakeParse(path, text));

/** find's listing of the vault, counting the calls to `entries()`. */
async function listing(): Promise<FoundWalk> {
  const found = await startFindWalk(vault.root).take();
  if (!found) throw new Error('find gave no listing');
  listed = 0;
  return { key: found.key, entries: () => (listed++, found.entries()) };
}
async function ingest(found: FoundWalk | null, force = false): Promise<IngestReport> {
  return ingestVaultLazily(store, vault.root, async () => parse, {
    now,
    force,
    found: Promise.resolve(found),
  });
}
const stored = () =>
  store.db.prepare('SELECT digest, listing_key AS key, listing_count AS count FROM vault_digest').get() as
    { digest: string; key: string | null; count: number | null } | undefined;

beforeEach(() => {
  vault = new TempVault();
  store = Store.open(':memory:');
  parsed = [];
  vault.write('a.md', noteText('A', ['p1']));
  vault.write('b.md', 'BROKEN\n');
  vault.write('sub/c.md', noteText('C', ['p2']));
});
afterEach(() => {
  store.close();
  vault.dispose();
});

describe.runIf(gnuFind)('listing key', () => {
  it('is stored by an ingest from find, and the same listing then skips parsing it', async () => {
    const first = await ingest(await listing());
    expect(stored()).toMatchObject({ key: expect.stringMatching(/^[0-9a-f]{64}$/), count: 3 });
    parsed = [];
    const again = await listing();
    const fast = await ingest(again);
    expect(listed).toBe(0);
    expect(parsed).toEqual([]);
    expect(fast).toEqual({
      scanned: 3,
      added: 0,
      updated: 0,
      unchanged: 3,
      removed: 0,
      errors: first.errors,
    });
    store.db.exec('DELETE FROM vault_digest');
    expect(await ingest(again)).toEqual(fast); // the full comparison agrees
  });

  it('no longer matches after an edit, an added, a moved or a removed file', async () => {
    await ingest(await listing());
    for (const [change, expected] of changeSteps(vault)) {
      const before = stored()?.key;
      change();
      const found = await listing();
      expect(await ingest(found)).toMatchObject(expected);
      expect(listed).toBe(1);
      expect(stored()?.key).toBe(found.key);
      expect(stored()?.key).not.toBe(before);
    }
  });

  it('is dropped with the digest when a note row changes by other means', async () => {
    const found = await listing();
    await ingest(found);
    store.db.exec("UPDATE notes SET size = size + 1, hash = 'x' WHERE path = 'a.md'");
    expect(stored()).toBeUndefined();
    parsed = [];
    await ingest(found);
    expect(parsed).toEqual(['a.md']); // the stored stat differs from the file's: read again
  });

  it('is added beside a digest that still holds, and never stored from a walk in Node', async () => {
    ingestVault(store, vault.root, parse, { now });
    expect(stored()).toMatchObject({ key: null, count: null });
    const found = await listing();
    expect(await ingest(found)).toMatchObject({ unchanged: 3 });
    expect(stored()).toMatchObject({ key: found.key, count: 3 });
    vault.write('d.md', noteText('D', []));
    // A listing ingest cannot use (a link, say): Node walks, and no key is stored.
    const unusable: FoundWalk = { key: 'unusable', entries: () => null };
    expect(await ingest(unusable)).toMatchObject({ added: 1, unchanged: 3 });
    expect(stored()).toMatchObject({ key: null, count: null });
    expect(await ingest(null)).toMatchObject({ unchanged: 4 });
  });

  it('is ignored by a forced ingest, and not stored while a file cannot be read', async () => {
    const found = await listing();
    await ingest(found);
    parsed = [];
    await ingest(found, true);
    expect(parsed).toEqual(['a.md', 'b.md', 'sub/c.md']);
    vault.write('huge.md', '');
    truncateSync(join(vault.root, 'huge.md'), 2 ** 31);
    for (let i = 0; i < 2; i++) {
      const withHuge = await listing();
      expect((await ingest(withHuge)).errors.map((e) => e.rule)).toContain('unreadable');
      expect(listed).toBe(1); // parsed every time: the file is tried again
      expect(stored()?.key).not.toBe(withHuge.key);
    }
  });
});
