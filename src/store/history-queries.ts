/**
 * Reads of the review log for scheduling and stats. Days are local calendar days in the zone the
 * caller passes (the log stores UTC instants), grouped here with one cached formatter.
 */
import type { LocalDate } from '../note/types.js';
import { startOfLocalDay, addDays } from '../time/clock.js';
import type { Db, Statement } from './open-database.js';
import type { ReviewEvent } from '../schedule/fsrs.js';
import type { Grade } from '../schedule/grade.js';
import type { DayStat } from './rows.js';

/** Overall counts: `retention` = share of reviews graded ≥ 2 (Hard, Good, Easy), null when none. */
export interface RetentionStat {
  reviews: number;
  passed: number;
  retention: number | null;
}

/** `yyyy-MM-dd` of an instant in `tz` (en-CA formats dates that way). */
function dayFormatter(tz: string): (iso: string) => LocalDate {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (iso) => fmt.format(new Date(iso));
}

function emptyDays(from: LocalDate, to: LocalDate): Map<LocalDate, DayStat> {
  const days = new Map<LocalDate, DayStat>();
  for (let d = from; d <= to; d = addDays(d, 1))
    days.set(d, { day: d, reviews: 0, passed: 0, retention: null });
  return days;
}

/** Review-log reads, bound to one connection. */
export class HistoryQueries {
  private readonly history: Statement<[string], { at: string; grade: Grade }>;
  private readonly range: Statement<[string, string], { at: string; grade: number }>;
  private readonly counts: Statement<[string, string], { reviews: number; passed: number | null }>;
  private readonly lastWithStatus: Statement<[string], [string, string]>;
  private readonly perNote: Statement<[], { note_id: string; n: number }>;
  private readonly since: Statement<[string], { at: string; grade: Grade; note_id: string; mark: number }>;

  constructor(db: Db) {
    this.history = db.prepare('SELECT at, grade FROM reviews WHERE card_id = ? ORDER BY at, id');
    this.range = db.prepare('SELECT at, grade FROM reviews WHERE at >= ? AND at < ?');
    this.counts = db.prepare(
      'SELECT count(*) AS reviews, sum(grade >= 2) AS passed FROM reviews WHERE at >= ? AND at < ?',
    );
    this.lastWithStatus = db
      .prepare<[string], [string, string]>(
        `SELECT n.id, (SELECT max(r.at) FROM reviews r WHERE r.note_id = n.id AND r.grade = 1) AS at
         FROM notes n INDEXED BY notes_live_status
         WHERE n.removed_at IS NULL AND n.fields_json ->> '$.status' IN (SELECT value FROM json_each(?))
           AND at IS NOT NULL`,
      )
      .raw(true);
    this.perNote = db.prepare('SELECT note_id, count(*) AS n FROM reviews GROUP BY note_id');
    this.since = db.prepare(
      'SELECT at, grade, note_id, card_id IS NULL AS mark FROM reviews WHERE at >= ? ORDER BY at, id',
    );
  }

  /** Every review (card, or milestone `mark`ed without one) at or after `from`, oldest first: `stats`' input. */
  reviewsSince(from: Date): { at: Date; grade: Grade; noteId: string; mark: boolean }[] {
    return this.since
      .all(from.toISOString())
      .map((r) => ({ at: new Date(r.at), grade: r.grade, noteId: r.note_id, mark: r.mark === 1 }));
  }

  /** Every review of a card, oldest first (to replay into FSRS). */
  reviewHistory(cardId: string): ReviewEvent[] {
    return this.history.all(cardId).map((r) => ({ at: new Date(r.at), grade: r.grade }));
  }

  /** One entry per local day from `from` to `to` inclusive, days without reviews included (zeros). */
  reviewsPerDay(from: LocalDate, to: LocalDate, tz: string): DayStat[] {
    const days = emptyDays(from, to);
    const dayOf = dayFormatter(tz);
    const start = startOfLocalDay(from, tz).toISOString();
    const end = startOfLocalDay(addDays(to, 1), tz).toISOString();
    for (const r of this.range.all(start, end)) {
      const stat = days.get(dayOf(r.at));
      if (!stat) continue;
      stat.reviews += 1;
      if (r.grade >= 2) stat.passed += 1;
    }
    for (const s of days.values()) s.retention = s.reviews === 0 ? null : s.passed / s.reviews;
    return [...days.values()];
  }

  /** Retention over the instants `[from, to)`, or over the whole log when omitted. */
  retention(from?: Date, to?: Date): RetentionStat {
    const c = this.counts.get(from?.toISOString() ?? '', to?.toISOString() ?? '\uffff');
    const reviews = c?.reviews ?? 0;
    const passed = c?.passed ?? 0;
    return { reviews, passed, retention: reviews === 0 ? null : passed / reviews };
  }

  /** The latest Again of each live note whose status is one of `statuses` (none: absent). */
  lastAgainsWithStatus(statuses: readonly string[]): Map<string, Date> {
    if (statuses.length === 0) return new Map();
    return new Map(this.lastWithStatus.all(JSON.stringify(statuses)).map(([id, at]) => [id, new Date(at)]));
  }

  /** Number of reviews per note id (notes never reviewed are absent). */
  reviewCountsByNote(): Map<string, number> {
    return new Map(this.perNote.all().map((r) => [r.note_id, r.n]));
  }
}
