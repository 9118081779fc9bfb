import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/store/index.js';

function eight(foreignKeys: boolean): Database.Database {
  const db = new Database(':memory:');
  if (foreignKeys) db.pragma('foreign_keys = ON');
  expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 8))).toHaveLength(8);
  db.prepare(
    `INSERT INTO notes (id, path, title, size, mtime_ms, hash, parsed_json, ingested_at)
     VALUES ('n', 'a.md', 't', 10, 1000, 'h', '{}', 't')`,
  ).run();
  db.prepare(
    `INSERT INTO cards (id, note_id, key, kind, prompt, answer, context, line, position, due, stability,
       difficulty, reps, state) VALUES ('c', 'n', 'k', 'cloze', 'p […]', 'a', 'ctx', 3, 0, 'd', 2.5, 5, 2, 2)`,
  ).run();
  db.prepare(
    `INSERT INTO reviews (card_id, note_id, at, grade, stage) VALUES ('c', 'n', '2024-10-27T05:00:00Z', 3, 'd1')`,
  ).run();
  return db;
}

describe('migration 009 (whole-note cards)', () => {
  for (const foreignKeys of [true, false]) {
    it(`keeps every card, its memory and its reviews (foreign keys ${foreignKeys ? 'on' : 'off'})`, () => {
      const db = eight(foreignKeys);
      const before = db.prepare('SELECT * FROM cards').all();
      expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 9))).toEqual([9]);
      expect(db.prepare('SELECT * FROM cards').all()).toEqual(before);
      expect(db.prepare('SELECT card_id FROM reviews').pluck().all()).toEqual(['c']);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    });
  }

  it('accepts a card of kind note, still refuses other kinds, and re-reads every live note', () => {
    const db = eight(true);
    migrate(db, ':memory:', MIGRATIONS.slice(0, 9));
    const insert = db.prepare(
      `INSERT INTO cards (id, note_id, key, kind, prompt, answer, line, position) VALUES (?, 'n', ?, ?, 't', '', 1, 1)`,
    );
    insert.run('w', 'kw', 'note');
    expect(() => insert.run('x', 'kx', 'essay')).toThrow(/CHECK/);
    expect(() => db.prepare("DELETE FROM cards WHERE id = 'c'").run()).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT mtime_ms, hash FROM notes').get()).toEqual({ mtime_ms: -1, hash: '' });
    db.close();
  });
});
