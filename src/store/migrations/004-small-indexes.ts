/**
 * 004: two small partial indexes, so that a warm `due` on 10 000 notes reads only the rows it
 * needs instead of scanning every note:
 * - the live notes with errors (ingest's fast path reports them on every run: usually none);
 * - the live notes by review status (their latest review is read for the extra-review ones).
 * Without statistics SQLite's planner prefers the wide covering index of 002 for both queries, so
 * they name these with INDEXED BY.
 */
import type { Migration } from './migration.js';

const sql = `
CREATE INDEX notes_live_errors ON notes(path, error_json)
  WHERE removed_at IS NULL AND error_json IS NOT NULL;
CREATE INDEX notes_live_status ON notes(fields_json ->> '$.status', id) WHERE removed_at IS NULL;
`;

export const migration004: Migration = { version: 4, name: 'small indexes', sql };
