/**
 * Typed errors of the store. Every message is user-facing: it names the file and says what to do.
 */
import { UserError } from '../text/user-error.js';

/** The database was written by a newer bokseup (its `user_version` is above the newest migration). */
export class DatabaseTooNewError extends UserError {
  override name = 'DatabaseTooNewError';

  constructor(
    /** The database file (or `:memory:`). */
    readonly file: string,
    /** The `user_version` found in the file. */
    readonly found: number,
    /** The newest version this build knows. */
    readonly known: number,
  ) {
    super(
      `${file}: the database is at version ${found}, but this bokseup only knows version ${known}; ` +
        'upgrade bokseup to open it (the file was left untouched)',
      'environment',
    );
  }
}

/**
 * The `--db` file cannot be bokseup's database: a folder, a device or a file under /proc, not a
 * SQLite file, another program's database, or a place that cannot be opened or written. The file
 * is left untouched.
 */
export class DatabaseFileError extends UserError {
  override name = 'DatabaseFileError';

  constructor(
    /** The database file. */
    readonly file: string,
    /** What is wrong with it, in words. */
    readonly reason: string,
  ) {
    super(`${file}: ${reason}; bokseup left it untouched (pass another --db or BOKSEUP_DB)`, 'environment');
  }
}

/** Another process holds the database's lock for longer than bokseup waits. */
export class DatabaseBusyError extends UserError {
  override name = 'DatabaseBusyError';

  constructor(
    /** The database file. */
    readonly file: string,
    /** Who holds the lock (`pid 123 (sqlite3)`), when the system says. */
    readonly holder: string | null,
    waitedMs: number,
  ) {
    const who = holder === null ? 'another process' : holder;
    super(
      `${file}: the database is locked by ${who} (waited ${waitedMs / 1000} s); try again when it is done`,
      'environment',
    );
  }
}
