import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/store/index.js';

describe('migration 004 (small indexes)', () => {
  it('indexes the live notes with errors and the live notes by status, on a version-3 database with notes', () => {
    const db = new Database(':memory:');
    expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 3))).toEqual([1, 2, 3]);
    const note = db.prepare(
      `INSERT INTO notes (id, path, title, size, mtime_ms, hash, fields_json, error_json, ingested_at, removed_at)
       VALUES (?, ?, 't', 1, 1, 'h', ?, ?, 't', ?)`,
    );
    note.run('n1', 'a.md', '{"status":"추가 복습"}', null, null);
    note.run('n2', 'b.md', '{"status":"추가 복습"}', null, '2026-01-01'); // removed
    note.run('n3', 'c.md', null, '[{"line":1}]', null);
    note.run('n4', 'd.md', null, '[{"line":2}]', '2026-01-01'); // removed
    expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 4))).toEqual([4]);
    // INDEXED BY fails to prepare when the index is missing or cannot serve the query.
    const count = (sql: string) => db.prepare(sql).pluck().get();
    expect(
      count(`SELECT count(*) FROM notes INDEXED BY notes_live_errors
             WHERE removed_at IS NULL AND error_json IS NOT NULL`),
    ).toBe(1);
    expect(
      count(`SELECT count(*) FROM notes INDEXED BY notes_live_status
             WHERE removed_at IS NULL AND fields_json ->> '$.status' = '추가 복습'`),
    ).toBe(1);
    db.close();
  });
});
