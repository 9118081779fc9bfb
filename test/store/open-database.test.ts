import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DatabaseTooNewError,
  migrate,
  LATEST_VERSION,
  MIGRATIONS,
  openDatabase,
  Store,
} from '../../src/store/index.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'bokseup-db-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tables(db: Database.Database): { name: string; strict: number }[] {
  return db
    .prepare(
      "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string; strict: number }[];
}

describe('migrations', () => {
  it('are numbered 1, 2, 3 … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it.each(MIGRATIONS.map((m, i) => [m.version, i] as const))(
    'up to %i apply on an empty database',
    (version, i) => {
      const db = new Database(':memory:');
      expect(migrate(db, ':memory:', MIGRATIONS.slice(0, i + 1))).toEqual(
        MIGRATIONS.slice(0, i + 1).map((m) => m.version),
      );
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      expect(migrate(db, ':memory:', MIGRATIONS.slice(0, i + 1))).toEqual([]);
      db.close();
    },
  );

  it('create STRICT tables for notes, cards, sessions, reviews, lab attempts, the vault digest, derived values, calendar events and pending note writes', () => {
    const db = openDatabase(':memory:');
    expect(tables(db)).toEqual(
      [
        'calendar_events',
        'cards',
        'ingest_settings',
        'lab_attempts',
        'note_derived',
        'notes',
        'pending_writes',
        'reviews',
        'sessions',
        'vault_digest',
      ].map((name) => ({
        name,
        strict: 1,
      })),
    );
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});

describe('Store.bulk', () => {
  const insertSessions = (store: Store, n: number) =>
    store.transaction(() => {
      const insert = store.db.prepare('INSERT INTO sessions (started_at, ended_at) VALUES (?, ?)');
      for (let i = 0; i < n; i++) insert.run('x'.repeat(3000), 'y');
    });

  it('holds WAL checkpoints until done, then folds the WAL in and restores them, also after a throw', () => {
    const file = join(tempDir(), 'bulk.db');
    const store = Store.open(file);
    insertSessions(store, 1); // history: the database is no longer only an index of the vault
    const walSize = () => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
    const write = (n: number) => insertSessions(store, n);
    store.bulk(() => {
      expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      for (let i = 0; i < 5; i++) write(1000); // ~15 MB: past 1000 pages many times over
      expect(walSize()).toBeGreaterThan(4096 * 1000 * 2);
    });
    expect(walSize()).toBe(0);
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(() =>
      store.bulk(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(store.db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(5001);
    store.close();
  });

  it('writes a database that holds only the index without syncs until done, also after a throw', () => {
    const file = join(tempDir(), 'fresh.db');
    const store = Store.open(file);
    // The connection's setting once it reads in WAL mode (this SQLite build then lowers FULL to NORMAL).
    store.db.prepare('SELECT count(*) FROM notes').get();
    const everyday = store.db.pragma('synchronous', { simple: true });
    expect(everyday).not.toBe(0);
    const note = store.db.prepare(
      `INSERT INTO notes (id, path, title, size, mtime_ms, hash, ingested_at) VALUES (?, ?, 't', 1, 1, 'h', 'x')`,
    );
    store.bulk(() => {
      expect(store.db.pragma('synchronous', { simple: true })).toBe(0);
      expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      store.transaction(() => {
        for (let i = 0; i < 2000; i++) note.run(`n${i}`, `${'p'.repeat(2000)}${i}.md`);
      });
    });
    expect(store.db.pragma('synchronous', { simple: true })).toBe(everyday);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(statSync(`${file}-wal`).size).toBe(0);
    expect(() =>
      store.bulk(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(everyday);
    // With history in it, a database is synced as always.
    insertSessions(store, 1);
    store.bulk(() => expect(store.db.pragma('synchronous', { simple: true })).toBe(everyday));
    store.close();
    const again = Store.open(file);
    expect(again.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(2000);
    again.close();
  });

  it('lets another connection read while a first ingest writes in bulk, and commit after it', () => {
    const file = join(tempDir(), 'first.db');
    const store = Store.open(file);
    const insert = (db: Store, id: string) =>
      db.db
        .prepare(
          `INSERT INTO notes (id, path, title, size, mtime_ms, hash, ingested_at) VALUES (?, ?, 't', 1, 1, 'h', 'x')`,
        )
        .run(id, `${id}.md`);
    const other = Store.open(file);
    store.bulk(() => {
      // A reader in the middle of a long read does not hold the bulk writer's commits back.
      other.db.exec('BEGIN');
      expect(other.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
      store.transaction(() => insert(store, 'a'));
      store.transaction(() => insert(store, 'b'));
      other.db.exec('COMMIT');
      expect(other.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(2);
      other.transaction(() => insert(other, 'c'));
    });
    expect(store.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(3);
    other.close();
    store.close();
  });
});

describe('openDatabase', () => {
  it('creates the parent folder, uses WAL and reopens without migrating again', () => {
    const file = join(tempDir(), 'nested', 'deeper', 'bokseup.db');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    db.close();
    const again = openDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    again.close();
  });

  it('refuses a database from a newer bokseup, naming the file and both versions', () => {
    const file = join(tempDir(), 'future.db');
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    let caught: unknown;
    try {
      openDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseTooNewError);
    const err = caught as DatabaseTooNewError;
    expect(err.message).toContain(file);
    expect(err.message).toContain('999');
    expect(err.message).toContain(String(LATEST_VERSION));
    expect(err.message).toMatch(/upgrade bokseup/);
    expect([err.found, err.known]).toEqual([999, LATEST_VERSION]);
    // Untouched: no tables were created and the journal mode was not switched.
    const check = new Database(file);
    expect(tables(check)).toEqual([]);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
