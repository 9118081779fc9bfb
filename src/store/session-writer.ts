/**
 * Append-only history writes: a finished review session (with its reviews and the cards' new FSRS
 * memory) in ONE synchronous transaction, and lab attempts.
 */
import type { Db } from './open-database.js';
import type { CardStateUpdate, LabAttemptInput, ReviewInput, SessionInput } from './rows.js';

/** History writes bound to one connection. */
export interface SessionWriter {
  /**
   * Record a session, its reviews and the new card memories atomically; returns the session id.
   * Any failure (unknown card, bad grade) rolls the whole session back and rethrows.
   */
  commitSession(
    session: SessionInput,
    reviews: readonly ReviewInput[],
    states: readonly CardStateUpdate[],
  ): number;
  /** Record one lab attempt; returns its id. */
  recordLabAttempt(attempt: LabAttemptInput): number;
}

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

/** Prepare the history writes for `db`. */
export function sessionWriter(db: Db): SessionWriter {
  const insertSession = db.prepare(INSERT_SESSION);
  const insertReview = db.prepare(INSERT_REVIEW);
  const updateMemory = db.prepare(UPDATE_MEMORY);
  const insertLab = db.prepare(INSERT_LAB);

  const commit = db.transaction(
    (session: SessionInput, reviews: readonly ReviewInput[], states: readonly CardStateUpdate[]): number => {
      const cardsReviewed = new Set(reviews.map((r) => r.cardId ?? `note:${r.noteId}`)).size;
      const again = reviews.filter((r) => r.grade === 1).length;
      const { startedAt, endedAt, quitEarly } = session;
      const info = insertSession.run(
        startedAt.toISOString(),
        endedAt.toISOString(),
        cardsReviewed,
        again,
        quitEarly ? 1 : 0,
      );
      const sessionId = Number(info.lastInsertRowid);
      for (const r of reviews) {
        insertReview.run({
          sessionId,
          cardId: r.cardId,
          noteId: r.noteId,
          at: r.at.toISOString(),
          grade: r.grade,
          durationMs: r.durationMs,
          stage: r.stage,
          milestones: JSON.stringify(r.milestones),
        });
      }
      for (const s of states) {
        if (updateMemory.run(memoryParams(s)).changes !== 1) throw new Error(`unknown card ${s.cardId}`);
      }
      return sessionId;
    },
  );

  return {
    commitSession: (session, reviews, states) => commit.immediate(session, reviews, states),
    recordLabAttempt: (a) => {
      const row = [a.noteId, a.step, a.at.toISOString(), a.passed ? 1 : 0] as const;
      const json = [JSON.stringify(a.answers), JSON.stringify(a.differences)] as const;
      return Number(insertLab.run(...row, ...json, a.durationMs).lastInsertRowid);
    },
  };
}
