import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/store/index.js';

describe('migration 007 (note derived values)', () => {
  it('adds the derived-values table and makes the next ingest read every live note that parsed', () => {
    const db = new Database(':memory:');
    expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 6))).toEqual([1, 2, 3, 4, 5, 6]);
    const insert = db.prepare(
      `INSERT INTO notes (id, path, title, size, mtime_ms, hash, parsed_json, ingested_at, removed_at)
       VALUES (?, ?, 't', 10, 1000, 'h', ?, 't', ?)`,
    );
    insert.run('live', 'a.md', '{}', null);
    insert.run('broken', 'b.md', null, null);
    insert.run('gone', 'c.md', '{}', 'then');
    db.prepare("INSERT INTO vault_digest (id, digest) VALUES (1, 'd')").run();
    expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 7))).toEqual([7]);
    const stat = db.prepare('SELECT id, mtime_ms, hash FROM notes ORDER BY id').all();
    expect(stat).toEqual([
      { id: 'broken', mtime_ms: 1000, hash: 'h' },
      { id: 'gone', mtime_ms: 1000, hash: 'h' },
      { id: 'live', mtime_ms: -1, hash: '' },
    ]);
    expect(db.prepare('SELECT count(*) FROM vault_digest').pluck().get()).toBe(0);
    db.prepare("INSERT INTO note_derived (note_id, values_json) VALUES ('live', '{}')").run();
    expect(() =>
      db.prepare("INSERT INTO note_derived (note_id, values_json) VALUES ('live', 1)").run(),
    ).toThrow();
    db.close();
  });
});
