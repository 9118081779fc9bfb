/**
 * 008: what each vault file is (`kind`): a `study` note, an `other` note (no frontmatter, or
 * frontmatter without a profile's marker key: a daily note, a meeting note), a `template` (its
 * first-study value is a placeholder) or `excluded` (left out by the vault's tag filter). Other
 * files keep a row so an unchanged one is not read again, but no fields, cards or errors. The
 * listing index gains the column (it stays covering), a narrow partial index counts the live
 * files by kind on every command without reading the wide one, `ingest_settings` holds the key of the
 * settings that decide a file's kind (a change re-reads the vault), and every live file with
 * errors is read again by the next ingest: most of them were other notes.
 */
import type { Migration } from './migration.js';

const sql = `
ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'study'
  CHECK (kind IN ('study', 'other', 'template', 'excluded'));
DROP INDEX notes_listing;
CREATE INDEX notes_listing ON notes(removed_at, path, id, title, subject, profile, first_study,
  fields_json, error_json, size, mtime_ms, hash, card_count, next_card_due, kind);
CREATE INDEX notes_live_kind ON notes(kind) WHERE removed_at IS NULL;
CREATE TABLE ingest_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  key TEXT NOT NULL
) STRICT;
UPDATE notes SET mtime_ms = -1, hash = '' WHERE removed_at IS NULL AND error_json IS NOT NULL;
`;

export const migration008: Migration = { version: 8, name: 'note kind', sql };
