/**
 * Whose SQLite database a file is, read before anything is written to it. bokseup stamps its
 * databases with an `application_id`; one from before that stamp is recognised by its tables. A
 * database that is neither ours nor empty (another program's tables, whatever its `user_version`)
 * is refused untouched, as is one from a newer bokseup.
 */
import type Database from 'better-sqlite3';
import { DatabaseFileError, DatabaseTooNewError } from './errors.js';

/** bokseup's `PRAGMA application_id`: the bytes "BkSp". */
export const APPLICATION_ID = 0x426b5370;

/** Tables every bokseup database has had since migration 001. */
const OUR_TABLES = ['notes', 'cards', 'sessions', 'reviews'];

/** What {@link checkOwner} found: `stamp` when the file still needs bokseup's application id. */
export interface Ownership {
  stamp: boolean;
}

/**
 * Check that `db` is empty or bokseup's, at a version this build knows (`known`). Reads only.
 * Throws `DatabaseTooNewError` or `DatabaseFileError`.
 */
export function checkOwner(db: Database.Database, file: string, known: number): Ownership {
  const appId = Number(db.pragma('application_id', { simple: true }));
  const version = Number(db.pragma('user_version', { simple: true }));
  if (appId !== 0 && appId !== APPLICATION_ID) {
    throw new DatabaseFileError(file, `this is another program's SQLite database (application id ${appId})`);
  }
  if (version > known) throw new DatabaseTooNewError(file, version, known);
  if (appId === APPLICATION_ID) return { stamp: false };
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  if (tables.length === 0 && version === 0) return { stamp: true };
  if (version > 0 && OUR_TABLES.every((t) => tables.includes(t))) return { stamp: true };
  const shown = tables.slice(0, 3).join(', ') + (tables.length > 3 ? ', …' : '');
  const what = tables.length > 0 ? `its tables: ${shown}` : `user_version ${version}, no tables`;
  throw new DatabaseFileError(file, `this is another program's SQLite database (${what})`);
}
