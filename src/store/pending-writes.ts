/**
 * The note writes a review or a `mark` still owes the vault (migration 011): inserted in the
 * review's transaction (session-writer.ts), deleted once the note holds the change.
 */
import type { Milestone } from '../note/types.js';
import type { Db, Statement } from './open-database.js';

/** What a review changes in a note's frontmatter, re-applied on whatever the note holds. */
export interface NoteChange {
  /** Milestones to set done. */
  done: Milestone[];
  longTerm?: boolean;
  status?: string;
}

/** A write to make: which note, where it was, and the change. */
export interface PendingWriteInput {
  noteId: string;
  path: string;
  change: NoteChange;
}

export interface PendingWrite extends PendingWriteInput {
  id: number;
  sessionId: number;
  createdAt: Date;
}

type Row = {
  id: number;
  session_id: number;
  note_id: string;
  path: string;
  change_json: string;
  created_at: string;
};

const INSERT = `INSERT INTO pending_writes (session_id, note_id, path, change_json, created_at) VALUES (?, ?, ?, ?, ?)`;

interface Statements {
  insert: Statement;
  all: Statement<[], Row>;
  ofNote: Statement<[string], Row>;
  remove: Statement<[number]>;
}

/**
 * The pending-write table, bound to one connection. Statements are prepared on first use, so a
 * store over an older schema (a migration test stopping at 010) can still be built.
 */
export class PendingWrites {
  private prepared: Statements | null = null;

  constructor(private readonly db: Db) {}

  private get q(): Statements {
    this.prepared ??= {
      insert: this.db.prepare(INSERT),
      all: this.db.prepare<[], Row>('SELECT * FROM pending_writes ORDER BY id'),
      ofNote: this.db.prepare<[string], Row>('SELECT * FROM pending_writes WHERE note_id = ? ORDER BY id'),
      remove: this.db.prepare<[number]>('DELETE FROM pending_writes WHERE id = ?'),
    };
    return this.prepared;
  }

  /** Record `w` for session `sessionId` (call inside the session's transaction); returns its id. */
  add(sessionId: number, at: Date, w: PendingWriteInput): number {
    const row = [sessionId, w.noteId, w.path, JSON.stringify(w.change), at.toISOString()];
    return Number(this.q.insert.run(...row).lastInsertRowid);
  }

  /** Every write still owed, oldest first. */
  list(): PendingWrite[] {
    return this.q.all.all().map(fromRow);
  }

  /** The writes still owed to one note. */
  forNote(noteId: string): PendingWrite[] {
    return this.q.ofNote.all(noteId).map(fromRow);
  }

  /** The note holds the change now (or is gone). */
  done(id: number): void {
    this.q.remove.run(id);
  }
}

function fromRow(r: Row): PendingWrite {
  return {
    id: r.id,
    sessionId: r.session_id,
    noteId: r.note_id,
    path: r.path,
    change: JSON.parse(r.change_json) as NoteChange,
    createdAt: new Date(r.created_at),
  };
}
