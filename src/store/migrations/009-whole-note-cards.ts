/**
 * 009: cards of kind `note` (a note without question, cloze or lab cards is reviewed as a whole),
 * and every live note that parsed read again by the next ingest, which gives such notes their
 * card and every cloze its new context (the heading and parent item it sits under). SQLite cannot
 * change a CHECK constraint in place, so `cards` is rebuilt: copied aside, dropped, created with the
 * wider CHECK and filled again. The review log's references to cards are checked at commit
 * (`defer_foreign_keys`): they point at the same ids in the new table. Ids, memory and history
 * are kept. An index of the live cards' due instants by note lets `due` count the cards a
 * long-term review will show without reading the cards' text.
 */
import type { Migration } from './migration.js';

const COLUMNS = `id, note_id, key, kind, prompt, answer, context, line, lab_step, position, due, stability,
  difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review, removed_at`;

const sql = `
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE cards_before_009 AS SELECT ${COLUMNS} FROM cards;
DROP TABLE cards;
CREATE TABLE cards (
  id             TEXT PRIMARY KEY,
  note_id        TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
  key            TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('question', 'cloze', 'lab', 'note')),
  prompt         TEXT NOT NULL,
  answer         TEXT NOT NULL,
  context        TEXT,
  line           INTEGER NOT NULL,
  lab_step       INTEGER,
  position       INTEGER NOT NULL,
  due            TEXT,
  stability      REAL,
  difficulty     REAL,
  scheduled_days INTEGER,
  learning_steps INTEGER,
  reps           INTEGER NOT NULL DEFAULT 0,
  lapses         INTEGER NOT NULL DEFAULT 0,
  state          INTEGER,
  last_review    TEXT,
  removed_at     TEXT,
  UNIQUE (note_id, key)
) STRICT;
INSERT INTO cards (${COLUMNS}) SELECT ${COLUMNS} FROM cards_before_009;
CREATE INDEX cards_live_due ON cards(note_id, due) WHERE removed_at IS NULL;
DROP TABLE cards_before_009;
UPDATE notes SET mtime_ms = -1, hash = '' WHERE removed_at IS NULL AND parsed_json IS NOT NULL;
`;

export const migration009: Migration = { version: 9, name: 'whole-note cards', sql };
