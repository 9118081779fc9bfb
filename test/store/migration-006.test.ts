import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/store/index.js';

describe('migration 006 (drop listing key)', () => {
  it('drops the listing columns of 005 and keeps the stored digest and its triggers', () => {
    const db = new Database(':memory:');
    expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 5))).toEqual([1, 2, 3, 4, 5]);
    db.prepare(
      "INSERT INTO vault_digest (id, digest, listing_key, listing_count) VALUES (1, 'd', 'k', 3)",
    ).run();
    expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 6))).toEqual([6]);
    const columns = db
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('vault_digest')")
      .all();
    expect(columns.map((c) => c.name)).toEqual(['id', 'digest']);
    expect(db.prepare('SELECT digest FROM vault_digest').pluck().get()).toBe('d');
    db.prepare(
      `INSERT INTO notes (id, path, title, size, mtime_ms, hash, ingested_at) VALUES ('n', 'a.md', 't', 1, 1, 'h', 't')`,
    ).run();
    expect(db.prepare('SELECT digest FROM vault_digest').get()).toBeUndefined();
    db.close();
  });
});
