import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestVault } from '../../src/ingest/index.js';
import { Store } from '../../src/store/index.js';
import { fakeParse, noteText } from './fake-parse.js';
import { TempVault } from './vault-fixture.js';

const now = new Date('2024-10-27T05:01:00Z');
let vault: TempVault;
let store: Store;

beforeEach(() => {
  vault = new TempVault();
  store = Store.open(':memory:');
});
afterEach(() => {
  store.close();
  vault.dispose();
});

describe('ingest in chunks (more files than one transaction takes)', () => {
  it('counts every file once and still matches a rename among many changes', () => {
    for (let i = 0; i < 1234; i++) vault.write(`n/${i}.md`, noteText(`N${i}`, [`q${i}`, `r${i}`]));
    const first = ingestVault(store, vault.root, fakeParse, { now });
    expect([first.scanned, first.added, first.updated, first.unchanged]).toEqual([1234, 1234, 0, 0]);
    expect(store.notes.list()).toHaveLength(1234);
    const id = store.notes.byPath('n/7.md')?.id;
    vault.move('n/7.md', 'moved/seven.md');
    for (let i = 1000; i < 1100; i++) vault.write(`n/${i}.md`, noteText(`N${i} edited`, [`q${i}`, `s${i}`]));
    const second = ingestVault(store, vault.root, fakeParse, { now });
    expect(second).toMatchObject({ scanned: 1234, added: 0, updated: 101, unchanged: 1133, removed: 0 });
    expect(store.notes.byPath('moved/seven.md')?.id).toBe(id);
  });
});
