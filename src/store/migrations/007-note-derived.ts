/**
 * 007: each note's derived frontmatter values as the note held them at its last good ingest, in a
 * small table of their own (not a column after `parsed_json`, whose overflow pages a scan would
 * then read), so `regen --check` can tell the stale notes from the index without reading a file.
 * Every live note that parsed is read again by the next ingest (its stored stat and hash no longer
 * match), which fills the table; its cards keep their ids and history.
 */
import type { Migration } from './migration.js';

const sql = `
CREATE TABLE note_derived (
  note_id      TEXT PRIMARY KEY REFERENCES notes(id),
  values_json  TEXT NOT NULL
) STRICT;
UPDATE notes SET mtime_ms = -1, hash = '' WHERE removed_at IS NULL AND parsed_json IS NOT NULL;
`;

export const migration007: Migration = { version: 7, name: 'note derived values', sql };
