/**
 * Writes of notes and their cards, as prepared statements made once per connection. Callers batch
 * many calls into one transaction (ingest does); nothing here opens one.
 */
import { randomUUID } from 'node:crypto';
import type { Card, ParsedNote } from '../note/types.js';
import { cardId } from './card-id.js';
import type { Db } from './open-database.js';
import type { NoteUpsert } from './rows.js';

/** The note writer bound to one connection. */
export interface NoteWriter {
  /** Insert or update a note (reviving a removed one with the same id); returns its id. */
  upsert(u: NoteUpsert): string;
  /** Mark a note removed; its cards and history stay so a returning file gets them back. */
  remove(id: string, at: Date): void;
}

const UPSERT_NOTE = `
INSERT INTO notes (id, path, title, subject, profile, size, mtime_ms, hash, first_study,
                   fields_json, parsed_json, error_json, ingested_at, removed_at)
VALUES (@id, @path, @title, @subject, @profile, @size, @mtimeMs, @hash, @firstStudy,
        @fields, @parsed, @errors, @at, NULL)
ON CONFLICT (id) DO UPDATE SET path = excluded.path, title = excluded.title, subject = excluded.subject,
  profile = excluded.profile, size = excluded.size, mtime_ms = excluded.mtime_ms, hash = excluded.hash,
  first_study = excluded.first_study, fields_json = excluded.fields_json,
  parsed_json = excluded.parsed_json, error_json = excluded.error_json,
  ingested_at = excluded.ingested_at, removed_at = NULL`;

// A file that stopped parsing keeps its last good data: only its stat, hash and errors change.
const UPDATE_BROKEN = `
UPDATE notes SET path = @path, size = @size, mtime_ms = @mtimeMs, hash = @hash, error_json = @errors,
  ingested_at = @at, removed_at = NULL WHERE id = @id`;

const UPSERT_CARD = `
INSERT INTO cards (id, note_id, key, kind, prompt, answer, context, line, lab_step, position)
VALUES (@id, @noteId, @key, @kind, @prompt, @answer, @context, @line, @labStep, @position)
ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, prompt = excluded.prompt, answer = excluded.answer,
  context = excluded.context, line = excluded.line, lab_step = excluded.lab_step,
  position = excluded.position, removed_at = NULL`;

/** Title of a note that never parsed: its file name without `.md`. */
function stemOf(path: string): string {
  return (path.split('/').at(-1) ?? path).replace(/\.md$/i, '');
}

/** The parsed note minus what has its own columns or table (cards live in `cards`). */
function parsedJson(note: ParsedNote): string {
  return JSON.stringify({ labSteps: note.labSteps, diagnostics: note.diagnostics });
}

function cardParams(noteId: string, card: Card, position: number): Record<string, unknown> {
  return {
    id: cardId(noteId, card.key),
    noteId,
    key: card.key,
    kind: card.kind,
    prompt: card.prompt,
    answer: card.answer,
    context: card.context ?? null,
    line: card.line,
    labStep: card.labStep ?? null,
    position,
  };
}

/** Prepare the note writer for `db`. `newId` makes ids for new notes (random UUIDs by default). */
export function noteWriter(db: Db, newId: () => string = randomUUID): NoteWriter {
  const upsertNote = db.prepare(UPSERT_NOTE);
  const updateBroken = db.prepare(UPDATE_BROKEN);
  const exists = db.prepare('SELECT 1 FROM notes WHERE id = ?').pluck();
  const liveIdByPath = db.prepare('SELECT id FROM notes WHERE path = ? AND removed_at IS NULL').pluck();
  const retireCards = db.prepare('UPDATE cards SET removed_at = ? WHERE note_id = ? AND removed_at IS NULL');
  const upsertCard = db.prepare(UPSERT_CARD);
  const removeNote = db.prepare('UPDATE notes SET removed_at = ? WHERE id = ? AND removed_at IS NULL');

  function syncCards(noteId: string, cards: readonly Card[], at: string): void {
    retireCards.run(at, noteId);
    const seen = new Set<string>();
    for (const card of cards) {
      if (seen.has(card.key)) continue; // a duplicate key would be the same card: keep the first
      seen.add(card.key);
      upsertCard.run(cardParams(noteId, card, seen.size - 1));
    }
  }

  function upsert(u: NoteUpsert): string {
    const id = u.id ?? (liveIdByPath.get(u.path) as string | undefined) ?? newId();
    const at = u.at.toISOString();
    const errors = u.errors && u.errors.length > 0 ? JSON.stringify(u.errors) : null;
    const base = { id, path: u.path, size: u.size, mtimeMs: u.mtimeMs, hash: u.hash, errors, at };
    if (u.note) {
      const { note } = u;
      upsertNote.run({
        ...base,
        title: note.title,
        subject: note.fields.subject,
        profile: note.profileId,
        firstStudy: note.fields.firstStudy,
        fields: JSON.stringify(note.fields),
        parsed: parsedJson(note),
      });
      syncCards(id, note.cards, at);
    } else if (exists.get(id) !== undefined) {
      updateBroken.run(base);
    } else {
      const empty = { subject: null, profile: null, firstStudy: null, fields: null, parsed: null };
      upsertNote.run({ ...base, ...empty, title: stemOf(u.path) });
    }
    return id;
  }

  return { upsert, remove: (id, at) => void removeNote.run(at.toISOString(), id) };
}
