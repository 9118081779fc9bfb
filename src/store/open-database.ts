/**
 * Open (or create) the bokseup database. src/store is the only importer of better-sqlite3.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

/** The connection type the rest of the store works with. */
export type Db = Database.Database;

/** A prepared statement (bind parameters, result row). */
export type Statement<P extends unknown[] = unknown[], R = unknown> = Database.Statement<P, R>;

/** How long a writer waits for another bokseup process's transaction before failing. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Open `file` (`:memory:` allowed), creating its parent folder. Sets foreign keys and a busy timeout,
 * applies pending migrations, then switches files to WAL. Throws `DatabaseTooNewError` for a database
 * written by a newer bokseup; the connection is closed before the error leaves.
 */
export function openDatabase(file: string): Db {
  const inMemory = file === ':memory:' || file === '';
  if (!inMemory) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    migrate(db, file);
    // After the version check, so a database from the future is not modified at all.
    if (!inMemory) db.pragma('journal_mode = WAL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
