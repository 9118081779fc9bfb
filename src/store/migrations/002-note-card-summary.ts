/**
 * 002: each note carries its live card count and earliest card due (kept by the writers), so
 * listing 10 000 notes is one scan of `notes` instead of an aggregate over every card; and a
 * covering index holds every column the listing and ingest's stat snapshot read, so neither touches
 * the table rows with their big `parsed_json` (which put later columns on overflow pages).
 */
import type { Migration } from './migration.js';

/** Recompute the summary of the note `?` (run after its cards or their memories change). */
export const REFRESH_NOTE_CARD_SUMMARY = `UPDATE notes SET
  card_count = (SELECT count(*) FROM cards c WHERE c.note_id = notes.id AND c.removed_at IS NULL),
  next_card_due = (SELECT min(due) FROM cards c WHERE c.note_id = notes.id AND c.removed_at IS NULL)
WHERE id = ?`;

const sql = `
ALTER TABLE notes ADD COLUMN card_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notes ADD COLUMN next_card_due TEXT;
UPDATE notes SET
  card_count = (SELECT count(*) FROM cards c WHERE c.note_id = notes.id AND c.removed_at IS NULL),
  next_card_due = (SELECT min(due) FROM cards c WHERE c.note_id = notes.id AND c.removed_at IS NULL);
CREATE INDEX notes_listing ON notes(removed_at, path, id, title, subject, profile, first_study,
  fields_json, error_json, size, mtime_ms, hash, card_count, next_card_due);
`;

export const migration002: Migration = { version: 2, name: 'note card summary', sql };
