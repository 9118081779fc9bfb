/**
 * The note a lab command names, as its last good ingest parsed it, with its lab: a `findings`
 * error when the note has errors, a `usage` error when it has no lab.
 */
import path from 'node:path';
import type { ParsedNote } from '../note/types.js';
import type { NoteQueries } from '../store/note-queries.js';
import { UserError } from '../text/user-error.js';

/** The lab's cache directory (reference snapshots): `lab-cache` next to the database `db`. */
export function labCacheDir(db: string): string {
  return path.join(path.dirname(db), 'lab-cache');
}

/** The note at vault path `rel`, with its id; throws when it cannot be used or has no lab. */
export function findLabNote(notes: NoteQueries, rel: string): { id: string; note: ParsedNote } {
  const row = notes.byPath(rel);
  const note = row ? notes.parsed(row.id) : null;
  if (!row || !note)
    throw new UserError(`${rel} has errors and cannot be used (see \`bokseup doctor\`)`, 'findings');
  if (note.labSteps.length === 0)
    throw new UserError(`${rel} has no lab (no \`## N.\` sections with $ commands)`, 'usage');
  return { id: row.id, note };
}

/** Every live note of the store that has a lab, in path order. */
export function labNotes(notes: NoteQueries): { path: string; note: ParsedNote }[] {
  return notes
    .list()
    .map((row) => ({ path: row.path, note: notes.parsed(row.id) }))
    .filter((n): n is { path: string; note: ParsedNote } => n.note !== null && n.note.labSteps.length > 0);
}
