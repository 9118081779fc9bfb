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
