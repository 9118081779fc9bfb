/**
 * Append-only history writes: a finished review session (with its reviews and the cards' new FSRS
 * memory) in ONE synchronous transaction, and lab attempts.
 */
import { REFRESH_NOTE_CARD_SUMMARY } from './migrations/002-note-card-summary.js';
import type { Db, Statement } from './open-database.js';
import { PendingWrites, type PendingWriteInput } from './pending-writes.js';
import type { CardStateUpdate, LabAttemptInput, ReviewInput, SessionInput } from './rows.js';

const INSERT_SESSION = `INSERT INTO sessions (started_at, ended_at, cards_reviewed, again_count, quit_early)
VALUES (?, ?, ?, ?, ?)`;

const INSERT_REVIEW = `INSERT INTO reviews (session_id, card_id, note_id, at, grade, duration_ms, stage, milestones)
VALUES (@sessionId, @cardId, @noteId, @at, @grade, @durationMs, @stage, @milestones)`;

const UPDATE_MEMORY = `UPDATE cards SET due = @due, stability = @stability, difficulty = @difficulty,
  scheduled_days = @scheduledDays, learning_steps = @learningSteps, reps = @reps, lapses = @lapses,
  state = @state, last_review = @lastReview WHERE id = @cardId`;

const INSERT_LAB = `INSERT INTO lab_attempts (note_id, step, at, passed, answers_json, differences_json, duration_ms)
VALUES (?, ?, ?, ?, ?, ?, ?)`;

function memoryParams(s: CardStateUpdate): Record<string, unknown> {
  return {
    cardId: s.cardId,
    due: s.due.toISOString(),
    stability: s.stability,
    difficulty: s.difficulty,
    scheduledDays: Math.round(s.scheduledDays),
    learningSteps: Math.round(s.learningSteps),
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    lastReview: s.lastReview?.toISOString() ?? null,
  };
}

/** A committed session: its id, and the id of each pending note write by note id. */
export interface CommittedSession {
  sessionId: number;
  pending: Map<string, number>;
}

/** Append-only history writes, bound to one connection. */
export class SessionWriter {
  private readonly insertSession: Statement;
  private readonly insertReview: Statement;
  private readonly updateMemory: Statement;
  private readonly insertLab: Statement;
  private readonly noteOfCard: Statement<[string], string>;
  private readonly refreshSummary: Statement<[string]>;
  private readonly pending: PendingWrites;
  private readonly commit: (
    s: SessionInput,
    r: readonly ReviewInput[],
    c: readonly CardStateUpdate[],
    w: readonly PendingWriteInput[],
  ) => CommittedSession;

  constructor(db: Db) {
    this.insertSession = db.prepare(INSERT_SESSION);
    this.insertReview = db.prepare(INSERT_REVIEW);
    this.updateMemory = db.prepare(UPDATE_MEMORY);
    this.insertLab = db.prepare(INSERT_LAB);
    this.noteOfCard = db.prepare<[string], string>('SELECT note_id FROM cards WHERE id = ?').pluck();
    this.refreshSummary = db.prepare(REFRESH_NOTE_CARD_SUMMARY);
    this.pending = new PendingWrites(db);
    const tx = db.transaction(this.write.bind(this));
    this.commit = (s, r, c, w) => tx.immediate(s, r, c, w);
  }

  /**
   * Record a session, its reviews and the new card memories atomically; returns the session id.
   * Any failure (unknown card, bad grade) rolls the whole session back and rethrows.
   */
  commitSession(
    session: SessionInput,
    reviews: readonly ReviewInput[],
    states: readonly CardStateUpdate[],
  ): number {
    return this.commit(session, reviews, states, []).sessionId;
  }

  /**
   * `commitSession`, and in the same transaction the note writes it owes (migration 011): a crash
   * after the commit leaves them for the next run. Returns the session id and each write's id by note.
   */
  commitWithWrites(
    session: SessionInput,
    reviews: readonly ReviewInput[],
    states: readonly CardStateUpdate[],
    writes: readonly PendingWriteInput[],
  ): CommittedSession {
    return this.commit(session, reviews, states, writes);
  }

  /** Record one lab attempt; returns its id. */
  recordLabAttempt(a: LabAttemptInput): number {
    const row = [a.noteId, a.step, a.at.toISOString(), a.passed ? 1 : 0] as const;
    const json = [JSON.stringify(a.answers), JSON.stringify(a.differences)] as const;
    return Number(this.insertLab.run(...row, ...json, a.durationMs).lastInsertRowid);
  }

  /** The body of the session transaction. */
  private write(
    session: SessionInput,
    reviews: readonly ReviewInput[],
    states: readonly CardStateUpdate[],
    writes: readonly PendingWriteInput[],
  ): CommittedSession {
    const cardsReviewed = new Set(reviews.map((r) => r.cardId ?? `note:${r.noteId}`)).size;
    const again = reviews.filter((r) => r.grade === 1).length;
    const { startedAt, endedAt, quitEarly } = session;
    const times = [startedAt.toISOString(), endedAt.toISOString()] as const;
    const sessionId = Number(
      this.insertSession.run(...times, cardsReviewed, again, quitEarly ? 1 : 0).lastInsertRowid,
    );
    for (const r of reviews) this.insertReview.run(reviewParams(sessionId, r));
    const notes = new Set<string>();
    for (const s of states) {
      if (this.updateMemory.run(memoryParams(s)).changes !== 1) throw new Error(`unknown card ${s.cardId}`);
      const noteId = this.noteOfCard.get(s.cardId);
      if (noteId !== undefined) notes.add(noteId);
    }
    for (const noteId of notes) this.refreshSummary.run(noteId);
    const pending = new Map<string, number>();
    for (const w of writes) pending.set(w.noteId, this.pending.add(sessionId, session.endedAt, w));
    return { sessionId, pending };
  }
}

function reviewParams(sessionId: number, r: ReviewInput): Record<string, unknown> {
  return {
    sessionId,
    cardId: r.cardId,
    noteId: r.noteId,
    at: r.at.toISOString(),
    grade: r.grade,
    durationMs: r.durationMs,
    stage: r.stage,
    milestones: JSON.stringify(r.milestones),
  };
}
