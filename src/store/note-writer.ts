/**
 * Writes of notes and their cards, as prepared statements made once per connection. Callers batch
 * many calls into one transaction (ingest does); nothing here opens one.
 */
import { REFRESH_NOTE_CARD_SUMMARY } from './migrations/002-note-card-summary.js';
import { randomUUID } from 'node:crypto';
import { sha256Hex } from '../text/sha256.js';
import { cardId } from './card-id.js';
import { CARD_FIELDS, type FlatCards, type NoteRecord } from './note-record.js';
import type { Db, Statement } from './open-database.js';
import type { NoteUpsert } from './rows.js';

const UPSERT_NOTE = `
INSERT INTO notes (id, path, title, subject, profile, size, mtime_ms, hash, first_study,
                   fields_json, parsed_json, error_json, ingested_at, removed_at, kind)
VALUES (@id, @path, @title, @subject, @profile, @size, @mtimeMs, @hash, @firstStudy,
        @fields, @parsed, @errors, @at, NULL, @kind)
ON CONFLICT (id) DO UPDATE SET path = excluded.path, title = excluded.title, subject = excluded.subject,
  profile = excluded.profile, size = excluded.size, mtime_ms = excluded.mtime_ms, hash = excluded.hash,
  first_study = excluded.first_study, fields_json = excluded.fields_json,
  parsed_json = excluded.parsed_json, error_json = excluded.error_json,
  ingested_at = excluded.ingested_at, removed_at = NULL, kind = excluded.kind`;

// A file that stopped parsing keeps its last good data: only its stat, hash and errors change.
const UPDATE_BROKEN = `
UPDATE notes SET path = @path, size = @size, mtime_ms = @mtimeMs, hash = @hash, error_json = @errors,
  ingested_at = @at, removed_at = NULL WHERE id = @id`;

const UPSERT_CARD = `
INSERT INTO cards (id, note_id, key, kind, prompt, answer, context, line, lab_step, position)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, prompt = excluded.prompt, answer = excluded.answer,
  context = excluded.context, line = excluded.line, lab_step = excluded.lab_step,
  position = excluded.position, removed_at = NULL`;

/** Title of a note that never parsed: its file name without `.md`. */
function stemOf(path: string): string {
  return (path.split('/').at(-1) ?? path).replace(/\.md$/i, '');
}

/**
 * Positional parameters of UPSERT_CARD for the card at `i` of `cards` (about a third cheaper to bind
 * than named ones: 100 000 cards on a cold ingest).
 */
function cardParams(noteId: string, cards: FlatCards, i: number, position: number): unknown[] {
  const key = String(cards[i]);
  const [kind, prompt, answer, context, line, labStep] = cards.slice(i + 1, i + CARD_FIELDS);
  return [cardId(noteId, key), noteId, key, kind, prompt, answer, context, line, labStep, position];
}

/** Writes of notes and their cards, bound to one connection. */
export class NoteWriter {
  private readonly upsertNote: Statement;
  private readonly updateBroken: Statement;
  private readonly exists: Statement<[string]>;
  private readonly refreshSummary: Statement<[string]>;
  private readonly liveIdByPath: Statement<[string], string>;
  private readonly retireCards: Statement;
  private readonly upsertCard: Statement;
  private readonly removeNote: Statement;
  private readonly upsertDerived: Statement<[string, string]>;

  /**
   * `newId` makes ids for new notes. By default a hash of the path the note is first seen at, so a
   * rebuilt database gives a note the same id (and the calendar the same event UIDs); a random UUID
   * when that id is taken (a note renamed away from this path kept it).
   */
  constructor(
    db: Db,
    private readonly newId: (path: string) => string = (path) => pathId(path),
  ) {
    this.upsertNote = db.prepare(UPSERT_NOTE);
    this.updateBroken = db.prepare(UPDATE_BROKEN);
    this.exists = db.prepare<[string]>('SELECT 1 FROM notes WHERE id = ?').pluck();
    this.liveIdByPath = db
      .prepare<[string], string>('SELECT id FROM notes WHERE path = ? AND removed_at IS NULL')
      .pluck();
    this.retireCards = db.prepare('UPDATE cards SET removed_at = ? WHERE note_id = ? AND removed_at IS NULL');
    this.upsertCard = db.prepare(UPSERT_CARD);
    this.removeNote = db.prepare('UPDATE notes SET removed_at = ? WHERE id = ? AND removed_at IS NULL');
    this.refreshSummary = db.prepare(REFRESH_NOTE_CARD_SUMMARY);
    this.upsertDerived = db.prepare(
      `INSERT INTO note_derived (note_id, values_json) VALUES (?, ?)
       ON CONFLICT (note_id) DO UPDATE SET values_json = excluded.values_json`,
    );
  }

  private freshId(path: string): string {
    const id = this.newId(path);
    return this.exists.get(id) === undefined ? id : randomUUID();
  }

  /** Insert or update a note (reviving a removed one with the same id) and sync its cards; returns its id. */
  upsert(u: NoteUpsert): string {
    const known = u.id ?? this.liveIdByPath.get(u.path);
    const id = known ?? this.freshId(u.path);
    const at = u.at.toISOString();
    const errors = u.errors && u.errors.length > 0 ? JSON.stringify(u.errors) : null;
    const base = { id, path: u.path, size: u.size, mtimeMs: u.mtimeMs, hash: u.hash, errors, at };
    const kind = u.kind ?? 'study';
    if (u.note) {
      this.upsertNote.run({ ...base, ...noteColumns(u.note), kind });
      this.syncCards(id, u.note.cards, at, known === undefined);
      this.upsertDerived.run(id, u.note.derivedJson);
    } else if (kind === 'study' && this.exists.get(id) !== undefined) {
      this.updateBroken.run(base);
    } else {
      // A new broken note, or a file that is not a study note (any more): no fields, no live cards.
      const empty = { subject: null, profile: null, firstStudy: null, fields: null, parsed: null };
      this.upsertNote.run({ ...base, ...empty, title: stemOf(u.path), kind });
      if (kind !== 'study' && known !== undefined) this.syncCards(id, [], at, false);
    }
    return id;
  }

  /** Mark a note removed; its cards and history stay so a returning file gets them back. */
  remove(id: string, at: Date): void {
    this.removeNote.run(at.toISOString(), id);
  }

  /** Retire the note's cards, then upsert (and so revive) the ones it has now. */
  private syncCards(noteId: string, cards: FlatCards, at: string, isNew: boolean): void {
    if (!isNew) this.retireCards.run(at, noteId);
    for (let i = 0; i < cards.length; i += CARD_FIELDS)
      this.upsertCard.run(...cardParams(noteId, cards, i, i / CARD_FIELDS));
    this.refreshSummary.run(noteId);
  }
}

function noteColumns(r: NoteRecord): Record<string, unknown> {
  const { title, subject, profile, firstStudy } = r;
  return { title, subject, profile, firstStudy, fields: r.fieldsJson, parsed: r.parsedJson };
}

/** The default id of a note first seen at `path`: 32 hex digits of sha256 (UUID-sized). */
function pathId(path: string): string {
  return sha256Hex(`note:${path.normalize('NFC')}`).slice(0, 32);
}
