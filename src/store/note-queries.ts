/**
 * Reads of notes and cards. `list` is one query returning compact rows (no big JSON blobs), so
 * `due` on a 10 000-note vault stays fast; the full parsed note is rebuilt only on request.
 */
import type { Diagnostic } from '../note/diagnostic.js';
import type { CardKind, DerivedAsWritten, LabStep, NoteFields, ParsedNote } from '../note/types.js';
import type { Db, Statement } from './open-database.js';
import type { CardMemory, NoteRow, StoredCard } from './rows.js';

const NOTE_COLUMNS = `n.id, n.path, n.title, n.subject, n.profile, n.first_study, n.fields_json,
  n.error_json, n.card_count, n.next_card_due AS next_due
FROM notes n`;

interface CardSqlRow {
  id: string;
  note_id: string;
  key: string;
  kind: CardKind;
  prompt: string;
  answer: string;
  context: string | null;
  line: number;
  lab_step: number | null;
  position: number;
  due: string | null;
  stability: number | null;
  difficulty: number | null;
  scheduled_days: number | null;
  learning_steps: number | null;
  reps: number;
  lapses: number;
  state: number | null;
  last_review: string | null;
}

type NoteTuple = [
  string,
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  number,
  string | null,
];

function toNoteRow(t: NoteTuple): NoteRow {
  const [id, path, title, subject, profileId, firstStudy, fieldsJson, errorJson, cardCount, nextDue] = t;
  const fields = fieldsJson === null ? null : (JSON.parse(fieldsJson) as NoteFields);
  const errors = errorJson === null ? null : (JSON.parse(errorJson) as Diagnostic[]);
  const nextCardDue = nextDue === null ? null : new Date(nextDue);
  return {
    id,
    path,
    title,
    subject,
    profileId,
    firstStudy,
    fields,
    errors,
    cardCount,
    nextCardDue,
  };
}

function toMemory(r: CardSqlRow): CardMemory | null {
  if (r.due === null || r.stability === null || r.difficulty === null || r.state === null) return null;
  return {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    scheduledDays: r.scheduled_days ?? 0,
    learningSteps: r.learning_steps ?? 0,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    lastReview: r.last_review === null ? null : new Date(r.last_review),
  };
}

function toStoredCard(r: CardSqlRow): StoredCard {
  const card: StoredCard = {
    id: r.id,
    noteId: r.note_id,
    key: r.key,
    kind: r.kind,
    prompt: r.prompt,
    answer: r.answer,
    line: r.line,
    position: r.position,
    memory: toMemory(r),
  };
  if (r.context !== null) card.context = r.context;
  if (r.lab_step !== null) card.labStep = r.lab_step;
  return card;
}

type ParsedSqlRow = {
  path: string;
  title: string;
  profile: string;
  fields_json: string;
  parsed_json: string;
  values_json: string | null;
};

/** Reads of notes and cards, bound to one connection. */
export class NoteQueries {
  private readonly listAll: Statement<[], NoteTuple>;
  private readonly oneById: Statement<[string], NoteTuple>;
  private readonly oneByPath: Statement<[string], NoteTuple>;
  private readonly parsedRow: Statement<[string], ParsedSqlRow>;
  private readonly cardRows: Statement<[string], CardSqlRow>;
  private readonly allCardRows: Statement<[], CardSqlRow>;
  private readonly dueCounts: Statement<[string, string], { dated: number | null; undated: number | null }>;
  private readonly allDueCounts: Statement<[string], { note_id: string; dated: number; undated: number }>;

  constructor(db: Db) {
    this.listAll = db
      .prepare<[], NoteTuple>(
        `SELECT ${NOTE_COLUMNS} WHERE n.removed_at IS NULL AND n.kind = 'study' ORDER BY n.path`,
      )
      .raw(true);
    this.oneById = db.prepare<[string], NoteTuple>(`SELECT ${NOTE_COLUMNS} WHERE n.id = ?`).raw(true);
    this.oneByPath = db
      .prepare<[string], NoteTuple>(
        `SELECT ${NOTE_COLUMNS} WHERE n.path = ? AND n.removed_at IS NULL AND n.kind = 'study'`,
      )
      .raw(true);
    this.parsedRow = db.prepare(
      `SELECT n.path, n.title, n.profile, n.fields_json, n.parsed_json, d.values_json
       FROM notes n LEFT JOIN note_derived d ON d.note_id = n.id
       WHERE n.id = ? AND n.parsed_json IS NOT NULL`,
    );
    this.cardRows = db.prepare(
      'SELECT * FROM cards WHERE note_id = ? AND removed_at IS NULL ORDER BY position',
    );
    this.allCardRows = db.prepare('SELECT * FROM cards WHERE removed_at IS NULL ORDER BY note_id, position');
    this.dueCounts = db.prepare(
      `SELECT sum(due IS NOT NULL AND due < ?) AS dated, sum(due IS NULL) AS undated
       FROM cards INDEXED BY cards_live_due WHERE note_id = ? AND removed_at IS NULL`,
    );
    this.allDueCounts = db.prepare(
      `SELECT note_id, sum(due IS NOT NULL AND due < ?) AS dated, sum(due IS NULL) AS undated
       FROM cards INDEXED BY cards_live_due WHERE removed_at IS NULL GROUP BY note_id`,
    );
  }

  /** `cardsDueBefore` of every note with live cards, in one pass over the due index. */
  allCardsDueBefore(before: Date): Map<string, { dated: number; undated: number }> {
    const out = new Map<string, { dated: number; undated: number }>();
    for (const r of this.allDueCounts.iterate(before.toISOString()))
      out.set(r.note_id, { dated: r.dated, undated: r.undated });
    return out;
  }

  /**
   * A note's live cards whose FSRS due is before `before`, and those without a memory yet (due by
   * their first study): what a long-term review on a day shows.
   */
  cardsDueBefore(noteId: string, before: Date): { dated: number; undated: number } {
    const r = this.dueCounts.get(before.toISOString(), noteId);
    return { dated: r?.dated ?? 0, undated: r?.undated ?? 0 };
  }

  /** Every live study note, sorted by path (other files of the vault are never listed). */
  list(): NoteRow[] {
    // Raw rows (arrays, in NOTE_COLUMNS order) cost half as much as row objects for 10 000 notes.
    return this.listAll.all().map(toNoteRow);
  }

  /**
   * Every live note, sorted by path, one at a time: a caller that keeps only a little of each row
   * (`due`) leaves the rest to die young, which the garbage collector clears for almost nothing,
   * where 10 000 rows held in an array get copied by every scavenge. The connection is busy until
   * the iteration ends: no other query may run in between.
   */
  *each(): IterableIterator<NoteRow> {
    for (const t of this.listAll.iterate()) yield toNoteRow(t);
  }

  /** A note by id, live or removed. */
  byId(id: string): NoteRow | null {
    return nullable(this.oneById.get(id));
  }

  /** A live study note by vault-relative path; falls back to comparing Unicode-normalised (NFC) paths. */
  byPath(path: string): NoteRow | null {
    return nullable(this.oneByPath.get(path)) ?? byNormalisedPath(this.list(), path);
  }

  /** The note as parsed at its last good ingest (cards from the cards table), null if it never parsed. */
  parsed(id: string): ParsedNote | null {
    const r = this.parsedRow.get(id);
    if (!r) return null;
    const rest = JSON.parse(r.parsed_json) as { labSteps: LabStep[]; diagnostics: Diagnostic[] };
    const fields = JSON.parse(r.fields_json) as NoteFields;
    const cards = this.cards(id).map(({ id: _i, noteId: _n, position: _p, memory: _m, ...card }) => card);
    const derivedAsWritten = r.values_json === null ? {} : (JSON.parse(r.values_json) as DerivedAsWritten);
    return { path: r.path, title: r.title, profileId: r.profile, fields, cards, derivedAsWritten, ...rest };
  }

  /** Live cards of a note in note order, with their FSRS memory. */
  cards(noteId: string): StoredCard[] {
    return this.cardRows.all(noteId).map(toStoredCard);
  }

  /**
   * Live cards of many notes, by note id. One pass over every live card when the set is large (a
   * first review of an imported vault can queue thousands of notes); a query per note otherwise.
   */
  cardsOf(noteIds: readonly string[]): Map<string, StoredCard[]> {
    const out = new Map<string, StoredCard[]>(noteIds.map((id) => [id, []]));
    if (noteIds.length < 200) {
      for (const id of noteIds) out.set(id, this.cards(id));
      return out;
    }
    for (const row of this.allCardRows.iterate()) out.get(row.note_id)?.push(toStoredCard(row));
    return out;
  }
}

function nullable(r: NoteTuple | undefined): NoteRow | null {
  return r === undefined ? null : toNoteRow(r);
}

/** macOS stores Korean file names decomposed (NFD); a typed argument is usually composed (NFC). */
function byNormalisedPath(rows: NoteRow[], path: string): NoteRow | null {
  const wanted = path.normalize('NFC');
  return rows.find((r) => r.path.normalize('NFC') === wanted) ?? null;
}
