/**
 * One numbered schema migration. Versions are consecutive from 1; each is applied once, in order,
 * and recorded in `PRAGMA user_version` (Signal-Desktop style).
 */
export interface Migration {
  /** The `user_version` the database has after this migration. */
  version: number;
  /** Short description, for logs and the README. */
  name: string;
  /** SQL run with `db.exec` inside the migration transaction. */
  sql: string;
}
