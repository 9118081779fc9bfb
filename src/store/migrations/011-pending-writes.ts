/**
 * 011: note writes a command owes the vault. A review session and a `mark` log their reviews and,
 * in the SAME transaction, one row per note whose frontmatter they must then write (the flags and
 * status the review sets). The row is deleted once the note is written; a run killed in between
 * (or a note that could not be written) leaves it, and the next command that opens the vault
 * writes it before ingesting: the note and the review log agree after a crash at any point.
 */
import type { Migration } from './migration.js';

const sql = `
CREATE TABLE pending_writes (
  id          INTEGER PRIMARY KEY,
  session_id  INTEGER NOT NULL,
  note_id     TEXT NOT NULL,
  path        TEXT NOT NULL,
  change_json TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX pending_writes_note ON pending_writes (note_id);
`;

export const migration011: Migration = { version: 11, name: 'pending note writes', sql };
