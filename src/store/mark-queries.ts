/**
 * The review log as `mark --undo` needs it: a note's latest entry, and the removal of a mark (an
 * entry without a card: it recorded a review done elsewhere, so taking it back removes it).
 */
import type { Milestone, Stage } from '../note/types.js';
import type { Db, Statement } from './open-database.js';

/** A note's latest log entry. */
export interface LatestEntry {
  id: number;
  sessionId: number | null;
  /** Null for a mark. */
  cardId: string | null;
  at: Date;
  stage: Stage;
  milestones: Milestone[];
}

type Row = {
  id: number;
  session_id: number | null;
  card_id: string | null;
  at: string;
  stage: Stage;
  milestones: string;
};

/** Reads and the one removal of marks, bound to one connection. */
export class MarkQueries {
  private readonly latest: Statement<[string], Row>;
  private readonly remove: (id: number, sessionId: number | null) => boolean;

  constructor(db: Db) {
    this.latest = db.prepare(
      `SELECT id, session_id, card_id, at, stage, milestones FROM reviews WHERE note_id = ?
       ORDER BY at DESC, id DESC LIMIT 1`,
    );
    const review = db.prepare('DELETE FROM reviews WHERE id = ? AND card_id IS NULL');
    const session = db.prepare(
      'DELETE FROM sessions WHERE id = ? AND NOT EXISTS (SELECT 1 FROM reviews WHERE session_id = sessions.id)',
    );
    this.remove = db.transaction((id: number, sessionId: number | null): boolean => {
      if (review.run(id).changes !== 1) return false;
      if (sessionId !== null) session.run(sessionId);
      return true;
    });
  }

  /** The latest entry of the note's log, or null when it has none. */
  latestOf(noteId: string): LatestEntry | null {
    const r = this.latest.get(noteId);
    if (r === undefined) return null;
    const milestones = JSON.parse(r.milestones) as Milestone[];
    return {
      id: r.id,
      sessionId: r.session_id,
      cardId: r.card_id,
      at: new Date(r.at),
      stage: r.stage,
      milestones,
    };
  }

  /** Remove the mark `entry` (and its session, left empty); false when it is not a mark. */
  removeMark(entry: Pick<LatestEntry, 'id' | 'sessionId'>): boolean {
    return this.remove(entry.id, entry.sessionId);
  }
}
