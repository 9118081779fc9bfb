import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migration001, migration002 } from '../../src/store/index.js';

describe('migration 002 (note card summary)', () => {
  it('backfills card_count and next_card_due of a version-1 database', () => {
    const db = new Database(':memory:');
    expect(migrate(db, ':memory:', [migration001])).toEqual([1]);
    db.prepare(
      `INSERT INTO notes (id, path, title, size, mtime_ms, hash, ingested_at) VALUES ('n1', 'a.md', 'a', 1, 1, 'h', 't')`,
    ).run();
    const card = db.prepare(
      `INSERT INTO cards (id, note_id, key, kind, prompt, answer, line, position, due, removed_at)
       VALUES (?, 'n1', ?, 'question', 'p', 'a', 1, ?, ?, ?)`,
    );
    card.run('c1', 'k1', 0, '2026-12-05T00:00:00.000Z', null);
    card.run('c2', 'k2', 1, '2026-12-01T00:00:00.000Z', null);
    card.run('c3', 'k3', 2, '2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z'); // removed: ignored
    expect(migrate(db, ':memory:', [migration001, migration002])).toEqual([2]);
    expect(db.prepare('SELECT card_count, next_card_due FROM notes').get()).toEqual({
      card_count: 2,
      next_card_due: '2026-12-01T00:00:00.000Z',
    });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });
});
