/**
 * Bring a database up to the newest schema: apply the pending numbered migrations in order, inside
 * one immediate transaction (so two processes opening a fresh file cannot both migrate it), and
 * refuse a database from the future. An up-to-date database is only read.
 */
import type Database from 'better-sqlite3';
import { DatabaseTooNewError } from './errors.js';
import type { Migration } from './migrations/migration.js';
import { MIGRATIONS } from './migrations/index.js';

function userVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Apply every migration newer than the database's `user_version`. Returns the versions applied.
 * Throws `DatabaseTooNewError` (before touching anything) when the database is newer than `migrations`.
 */
export function migrate(
  db: Database.Database,
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  const known = migrations.at(-1)?.version ?? 0;
  // Up to date (the usual case): no write lock, so a read-only command never waits for a writer.
  const before = userVersion(db);
  if (before > known) throw new DatabaseTooNewError(file, before, known);
  if (!migrations.some((m) => m.version > before)) return [];
  const run = db.transaction((): number[] => {
    const current = userVersion(db);
    if (current > known) throw new DatabaseTooNewError(file, current, known);
    const pending = migrations.filter((m) => m.version > current);
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }
    return pending.map((m) => m.version);
  });
  return run.immediate();
}
