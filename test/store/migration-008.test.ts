import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/store/index.js';

describe('migration 008 (note kind)', () => {
  it('makes every row a study note, re-reads the live files with errors, and checks the kind', () => {
    const db = new Database(':memory:');
    expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 7))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const insert = db.prepare(
      `INSERT INTO notes (id, path, title, size, mtime_ms, hash, parsed_json, error_json, ingested_at, removed_at)
       VALUES (?, ?, 't', 10, 1000, 'h', ?, ?, 't', ?)`,
    );
    insert.run('good', 'a.md', '{}', null, null);
    insert.run('daily', 'daily.md', null, '[{"rule":"frontmatter-missing"}]', null);
    insert.run('gone', 'c.md', null, '[]', 'then');
    expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 8))).toEqual([8]);
    const rows = db.prepare('SELECT id, kind, mtime_ms, hash FROM notes ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'daily', kind: 'study', mtime_ms: -1, hash: '' },
      { id: 'gone', kind: 'study', mtime_ms: 1000, hash: 'h' },
      { id: 'good', kind: 'study', mtime_ms: 1000, hash: 'h' },
    ]);
    expect(() => db.prepare("UPDATE notes SET kind = 'daily' WHERE id = 'good'").run()).toThrow(/CHECK/);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id, path, kind, card_count FROM notes WHERE removed_at IS NULL AND kind = 'study' ORDER BY path",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX notes_listing/);
    db.close();
  });
});
