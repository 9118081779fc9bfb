import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, Store } from '../../src/store/index.js';

describe('migration 010 (calendar events)', () => {
  it('adds the exported-events table, and the store reads back what it saved', () => {
    const db = new Database(':memory:');
    expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 9))).toHaveLength(9);
    expect(migrate(db, ':memory:', MIGRATIONS.slice(0, 10))).toEqual([10]);
    const store = new Store(db);
    const event = {
      uid: 'n-d4@bokseup',
      noteId: 'n',
      date: '2026-12-02',
      fingerprint: '{}',
      cancelled: false,
      sequence: 0,
      modifiedAt: new Date('2026-11-29T01:00:00Z'),
    };
    store.calendar.save([event]);
    store.calendar.save([{ ...event, cancelled: true, sequence: 1 }]);
    expect([...store.calendar.exported().values()]).toEqual([{ ...event, cancelled: true, sequence: 1 }]);
    expect(() => db.prepare('UPDATE calendar_events SET cancelled = 2').run()).toThrow(/CHECK/);
    db.close();
  });
});
