/**
 * Open (or create) the bokseup database. src/store is the only importer of better-sqlite3.
 */
import Database from 'better-sqlite3';
import { asDatabaseError, BUSY_TIMEOUT_MS } from './database-error.js';
import { prepareDatabaseFile } from './database-file.js';
import { APPLICATION_ID, checkOwner } from './database-owner.js';
import { migrate } from './migrate.js';
import { LATEST_VERSION } from './migrations/index.js';

/** The connection type the rest of the store works with. */
export type Db = Database.Database;

/** A prepared statement (bind parameters, result row). */
export type Statement<P extends unknown[] = unknown[], R = unknown> = Database.Statement<P, R>;

/**
 * Open `file` (`:memory:` allowed), creating its parent folder. Sets foreign keys and a busy timeout,
 * checks that the file is empty or bokseup's, applies pending migrations, then switches files to WAL.
 * Every refusal happens before anything is written, and the connection is closed before an error
 * leaves: `DatabaseTooNewError` (a newer bokseup's), `DatabaseFileError` (a folder, not SQLite,
 * another program's, a place that cannot be written), `DatabaseBusyError` (locked by another process).
 */
export function openDatabase(file: string): Db {
  const inMemory = file === ':memory:' || file === '';
  if (!inMemory) prepareDatabaseFile(file);
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw asDatabaseError(error, file);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    const { stamp } = checkOwner(db, file, LATEST_VERSION);
    migrate(db, file);
    if (stamp) db.pragma(`application_id = ${APPLICATION_ID}`);
    // After the checks, so a database from the future or another program's is not modified at all.
    if (!inMemory && db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
    return db;
  } catch (error) {
    db.close();
    throw asDatabaseError(error, file);
  }
}
