/**
 * The store reads and small writes ingest needs beyond the note writer: a stat snapshot of every
 * note (live and removed) and the card keys of rename candidates.
 */
import { NOTE_KINDS, type NoteKind } from '../note/note-kind.js';
import type { Db } from './open-database.js';

/** What ingest knows about a stored note without reading its file. */
export interface StoredStat {
  id: string;
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
  /** The stored fatal diagnostics as JSON, null when the note parsed. */
  errorJson: string | null;
  removed: boolean;
}

/** Ingest's reads and stat-only writes, bound to one connection. */
export interface IngestState {
  /** Every note row, live and removed (most recently removed first among removed ones). */
  snapshot(): StoredStat[];
  /** Live card keys of each of the given notes. */
  cardKeys(noteIds: readonly string[]): Map<string, string[]>;
  /** Record a new stat for a note whose content hash did not change. */
  touch(id: string, size: number, mtimeMs: number): void;
  /** What the last complete ingest left (migration 003), null when a note row changed since. */
  digest(): string | null;
  /** Record the digest; written after every note write of the ingest. */
  setDigest(digest: string): void;
  /** The stored fatal diagnostics of every live note that has some, by path. */
  liveErrors(): { path: string; errorJson: string }[];
  /** How many live files of each kind the store holds. */
  kindCounts(): Record<NoteKind, number>;
  /** The key of the settings the last complete ingest classified the files with. */
  settingsKey(): string | null;
  setSettingsKey(key: string): void;
}

/** id, path, size, mtime_ms, hash, error_json, removed (0/1). */
type StatTuple = [string, string, number, number, string, string | null, number];

/** Prepare ingest's queries for `db`. */
export function ingestState(db: Db): IngestState {
  // Raw rows (arrays): for 10 000 notes on every command, half the cost of row objects.
  const snapshot = db
    .prepare<[], StatTuple>(
      `SELECT id, path, size, mtime_ms, hash, error_json, removed_at IS NOT NULL AS removed
     FROM notes ORDER BY removed_at IS NOT NULL, removed_at DESC`,
    )
    .raw(true);
  const keys = db
    .prepare<[string], string>(
      'SELECT key FROM cards WHERE note_id = ? AND removed_at IS NULL ORDER BY position',
    )
    .pluck();
  const touch = db.prepare('UPDATE notes SET size = ?, mtime_ms = ? WHERE id = ?');
  const digest = db.prepare<[], string>('SELECT digest FROM vault_digest WHERE id = 1').pluck();
  const setDigest = db.prepare('INSERT OR REPLACE INTO vault_digest (id, digest) VALUES (1, ?)');
  const liveErrors = db
    .prepare<[], [string, string]>(
      `SELECT path, error_json FROM notes INDEXED BY notes_live_errors
       WHERE removed_at IS NULL AND error_json IS NOT NULL ORDER BY path`,
    )
    .raw(true);
  const kinds = db
    .prepare<[], [NoteKind, number]>(
      'SELECT kind, count(*) FROM notes INDEXED BY notes_live_kind WHERE removed_at IS NULL GROUP BY kind',
    )
    .raw(true);
  const settingsKey = db.prepare<[], string>('SELECT key FROM ingest_settings WHERE id = 1').pluck();
  const setSettingsKey = db.prepare('INSERT OR REPLACE INTO ingest_settings (id, key) VALUES (1, ?)');
  return {
    kindCounts: () => {
      const counts = Object.fromEntries(NOTE_KINDS.map((k) => [k, 0])) as Record<NoteKind, number>;
      for (const [kind, n] of kinds.all()) counts[kind] = n;
      return counts;
    },
    settingsKey: () => settingsKey.get() ?? null,
    setSettingsKey: (key) => void setSettingsKey.run(key),
    snapshot: () =>
      snapshot.all().map(([id, path, size, mtimeMs, hash, errorJson, removed]) => ({
        id,
        path,
        size,
        mtimeMs,
        hash,
        errorJson,
        removed: removed === 1,
      })),
    cardKeys: (ids) => new Map(ids.map((id) => [id, keys.all(id)])),
    touch: (id, size, mtimeMs) => void touch.run(size, mtimeMs, id),
    digest: () => digest.get() ?? null,
    setDigest: (value) => void setDigest.run(value),
    liveErrors: () => liveErrors.all().map(([path, errorJson]) => ({ path, errorJson })),
  };
}
