/**
 * The bokseup store: one SQLite connection and the query objects bound to it. Methods are
 * synchronous (better-sqlite3); a transaction never spans an `await`.
 */
import { beginBulk } from './bulk-write.js';
import { CalendarQueries } from './calendar-queries.js';
import { DerivedQueries } from './derived-queries.js';
import { HistoryQueries } from './history-queries.js';
import { MarkQueries } from './mark-queries.js';
import { NoteQueries } from './note-queries.js';
import { NoteWriter } from './note-writer.js';
import { openDatabase, type Db } from './open-database.js';
import { PendingWrites } from './pending-writes.js';
import { SessionWriter } from './session-writer.js';

/** Options for tests: deterministic note ids. */
export interface StoreOptions {
  newId?: (path: string) => string;
}

/** The database of one vault: the notes index, cards with FSRS memory, and the review history. */
export class Store {
  /** Reads of notes and cards (compact listing rows, the full parsed note on request). */
  readonly notes: NoteQueries;
  /** Writes of notes and their cards (ingest batches them into its transactions). */
  readonly writer: NoteWriter;
  /** Append-only history writes: review sessions and lab attempts. */
  readonly sessions: SessionWriter;
  /** Reads of the review log for scheduling and stats. */
  readonly history: HistoryQueries;
  /** Each note's derived frontmatter values as last ingested (`regen --check`). */
  readonly derived: DerivedQueries;
  /** The calendar events exported so far (their sequence numbers and cancellations). */
  readonly calendar: CalendarQueries;
  /** A note's latest log entry, and taking back a mark (`mark --undo`). */
  readonly marks: MarkQueries;
  /** The note writes a review still owes the vault (completed by the next command). */
  readonly pending: PendingWrites;

  constructor(
    /** The open connection (owned by the store: `close()` closes it). */
    readonly db: Db,
    options: StoreOptions = {},
  ) {
    this.notes = new NoteQueries(db);
    this.writer = new NoteWriter(db, options.newId);
    this.sessions = new SessionWriter(db);
    this.history = new HistoryQueries(db);
    this.derived = new DerivedQueries(db);
    this.calendar = new CalendarQueries(db);
    this.marks = new MarkQueries(db);
    this.pending = new PendingWrites(db);
  }

  /** Open (creating and migrating) the database at `file`; see `openDatabase` for errors. */
  static open(file: string, options: StoreOptions = {}): Store {
    return new Store(openDatabase(file), options);
  }

  close(): void {
    this.db.close();
  }

  /** Run `fn`, which writes a lot in several transactions (a cold ingest), in bulk (bulk-write.ts). */
  bulk<T>(fn: () => T): T {
    const end = beginBulk(this.db);
    try {
      return fn();
    } finally {
      end();
    }
  }

  /** `bulk` for a job that awaits between its transactions (none may span an await). */
  async bulkAsync<T>(fn: () => Promise<T>): Promise<T> {
    const end = beginBulk(this.db);
    try {
      return await fn();
    } finally {
      end();
    }
  }

  /** Run `fn` in one transaction (nested calls become savepoints). `fn` must be synchronous. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }
}
