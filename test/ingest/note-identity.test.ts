import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestVault } from '../../src/ingest/index.js';
import { Store } from '../../src/store/index.js';
import { fakeParse, noteText } from './fake-parse.js';
import { TempVault } from './vault-fixture.js';

const now = new Date('2024-10-27T05:01:00Z');
let vault: TempVault;

function idsWithFreshDatabase(): Map<string, string> {
  const store = Store.open(':memory:');
  try {
    ingestVault(store, vault.root, fakeParse, { now });
    return new Map(store.notes.list().map((n) => [n.path, n.id]));
  } finally {
    store.close();
  }
}

beforeEach(() => {
  vault = new TempVault();
});
afterEach(() => vault.dispose());

describe('note identity', () => {
  it('is the same for the same vault in a rebuilt database (stable calendar UIDs)', () => {
    vault.write('a.md', noteText('A', ['p1']));
    vault.write('폴더/비.md', noteText('B', ['p2']));
    const first = idsWithFreshDatabase();
    const second = idsWithFreshDatabase();
    expect(first.size).toBe(2);
    expect(second).toEqual(first);
  });

  it('gives a new note at a path a renamed note left a different id', () => {
    const store = Store.open(':memory:');
    try {
      vault.write('a.md', noteText('A', ['p1', 'p2']));
      ingestVault(store, vault.root, fakeParse, { now });
      const original = store.notes.byPath('a.md')?.id;
      vault.move('a.md', 'moved.md');
      ingestVault(store, vault.root, fakeParse, { now });
      expect(store.notes.byPath('moved.md')?.id).toBe(original);
      vault.write('a.md', noteText('Other', ['x1', 'x2']));
      ingestVault(store, vault.root, fakeParse, { now });
      const fresh = store.notes.byPath('a.md')?.id;
      expect(fresh).toBeDefined();
      expect(fresh).not.toBe(original);
      expect(store.notes.list()).toHaveLength(2);
    } finally {
      store.close();
    }
  });
});
