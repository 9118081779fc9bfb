import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/store/index.js';

describe('migration 005 (listing key)', () => {
  it('adds the listing key beside a stored digest, which keeps its value, and the triggers drop both', () => {
    const db = new Database(':memory:');
    expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 4))).toEqual([1, 2, 3, 4]);
    db.prepare("INSERT INTO vault_digest (id, digest) VALUES (1, 'd')").run();
    expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 5))).toEqual([5]);
    const row = () => db.prepare('SELECT digest, listing_key, listing_count FROM vault_digest').get();
    expect(row()).toEqual({ digest: 'd', listing_key: null, listing_count: null });
    db.prepare("UPDATE vault_digest SET listing_key = 'k', listing_count = 3").run();
    expect(() => db.prepare("UPDATE vault_digest SET listing_count = 'many'").run()).toThrow(/INTEGER/);
    db.prepare(
      `INSERT INTO notes (id, path, title, size, mtime_ms, hash, ingested_at) VALUES ('n', 'a.md', 't', 1, 1, 'h', 't')`,
    ).run();
    expect(row()).toBeUndefined();
    db.close();
  });
});
