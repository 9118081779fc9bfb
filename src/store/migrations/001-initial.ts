/**
 * 001: the initial schema. Every table is STRICT; history (reviews, lab attempts) is append-only and
 * never cascades away: removed notes and cards are marked with `removed_at` instead of deleted.
 */
import type { Migration } from './migration.js';

const sql = `
CREATE TABLE notes (
  id           TEXT PRIMARY KEY,
  path         TEXT NOT NULL,
  title        TEXT NOT NULL,
  subject      TEXT,
  profile      TEXT,
  size         INTEGER NOT NULL,
  mtime_ms     REAL NOT NULL,
  hash         TEXT NOT NULL,
  first_study  TEXT,
  fields_json  TEXT,
  parsed_json  TEXT,
  error_json   TEXT,
  ingested_at  TEXT NOT NULL,
  removed_at   TEXT
) STRICT;
CREATE UNIQUE INDEX notes_live_path ON notes(path) WHERE removed_at IS NULL;
CREATE INDEX notes_path ON notes(path);

CREATE TABLE cards (
  id             TEXT PRIMARY KEY,
  note_id        TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
  key            TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('question', 'cloze', 'lab')),
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

CREATE TABLE sessions (
  id              INTEGER PRIMARY KEY,
  started_at      TEXT NOT NULL,
  ended_at        TEXT,
  cards_reviewed  INTEGER NOT NULL DEFAULT 0,
  again_count     INTEGER NOT NULL DEFAULT 0,
  quit_early      INTEGER NOT NULL DEFAULT 0 CHECK (quit_early IN (0, 1))
) STRICT;

CREATE TABLE reviews (
  id          INTEGER PRIMARY KEY,
  session_id  INTEGER REFERENCES sessions(id),
  card_id     TEXT REFERENCES cards(id),
  note_id     TEXT NOT NULL REFERENCES notes(id),
  at          TEXT NOT NULL,
  grade       INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
  duration_ms INTEGER,
  stage       TEXT NOT NULL CHECK (stage IN ('d1', 'd4', 'd7', 'd14', 'long-term', 'extra')),
  milestones  TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX reviews_card ON reviews(card_id, at);
CREATE INDEX reviews_note ON reviews(note_id, at);
CREATE INDEX reviews_at ON reviews(at);

CREATE TABLE lab_attempts (
  id                INTEGER PRIMARY KEY,
  note_id           TEXT NOT NULL REFERENCES notes(id),
  step              INTEGER NOT NULL,
  at                TEXT NOT NULL,
  passed            INTEGER NOT NULL CHECK (passed IN (0, 1)),
  answers_json      TEXT NOT NULL,
  differences_json  TEXT NOT NULL,
  duration_ms       INTEGER
) STRICT;
CREATE INDEX lab_attempts_note ON lab_attempts(note_id, step, at);
`;

/** Notes, cards with FSRS memory, sessions, the review log and lab attempts. */
export const migration001: Migration = { version: 1, name: 'initial schema', sql };
