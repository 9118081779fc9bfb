/**
 * 010: the calendar events bokseup has exported, one row per UID, so every export can follow RFC
 * 5545: an event whose date or text changed gets a higher SEQUENCE and a new LAST-MODIFIED, one
 * that no longer happens (the review was done, the note removed) is exported as CANCELLED while its
 * day is still ahead. Rows are never deleted: a UID that comes back continues its sequence.
 */
import type { Migration } from './migration.js';

const sql = `
CREATE TABLE calendar_events (
  uid          TEXT PRIMARY KEY,
  note_id      TEXT NOT NULL,
  date         TEXT NOT NULL,
  fingerprint  TEXT NOT NULL,
  cancelled    INTEGER NOT NULL CHECK (cancelled IN (0, 1)),
  sequence     INTEGER NOT NULL,
  modified_at  TEXT NOT NULL
) STRICT;
`;

export const migration010: Migration = { version: 10, name: 'calendar events', sql };
