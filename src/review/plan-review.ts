/**
 * Today's review, planned from the store: the due notes (or the one `--note`), their queue within
 * the card limit, the notes the limit held back, and the prediction the summary shows per note.
 */
import { scheduleNotes, type ScheduledNote } from '../due/scheduled-notes.js';
import type { CardOutcome, NotePrediction } from '../quiz/types.js';
import type { Grade } from '../schedule/grade.js';
import type { ScheduleSettings } from '../schedule/schedule-settings.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../time/clock.js';
import { UserError } from '../text/user-error.js';
import { buildQueue, type PlannedNote } from './build-queue.js';
import { settleSession } from './commit-session.js';

/**
 * Cards per session unless `--limit` says otherwise (0: no limit), as Anki caps reviews per day: the
 * first review of an imported vault can find thousands of notes due. Whole notes are queued, so a
 * note's milestone completes only when all its cards were reviewed.
 */
export const DAILY_LIMIT = 200;

export interface ReviewPlan {
  /** Every note's schedule (the start screen's forecast). */
  scheduled: ScheduledNote[];
  /** The notes due (or the one asked for). */
  picked: ScheduledNote[];
  /** The queued notes, within the limit. */
  planned: PlannedNote[];
}

/** Plan the session: `notePath` (vault-relative) reviews that note only, due or not. */
export function planReview(
  store: Store,
  clock: Clock,
  opts: { limit?: number; dailyLimit?: number; notePath?: string; schedule?: ScheduleSettings },
): ReviewPlan {
  // --limit, else the vault's daily limit; one note asked for by name is reviewed whole.
  const limit = opts.limit ?? (opts.notePath === undefined ? (opts.dailyLimit ?? DAILY_LIMIT) : 0);
  const scheduled = scheduleNotes(store, clock, opts.schedule);
  const picked = pickNotes(scheduled, opts.notePath);
  return { scheduled, picked, planned: buildQueue(store, picked, clock, limit === 0 ? undefined : limit) };
}

function pickNotes(all: ScheduledNote[], rel: string | undefined): ScheduledNote[] {
  if (rel === undefined) return all.filter((n) => n.schedule.isDue);
  const found = all.find((n) => n.row.path === rel);
  if (!found)
    throw new UserError(`${rel} has errors or no review fields (see \`bokseup doctor\`)`, 'findings');
  return [found];
}

/** Due notes the limit left out of the queue. */
export function heldBack(plan: ReviewPlan): { notes: number; cards: number } {
  const queued = new Set(plan.planned.map((p) => p.queue.noteId));
  const left = plan.picked.filter((n) => !queued.has(n.row.id));
  return { notes: left.length, cards: left.reduce((sum, n) => sum + n.row.cardCount, 0) };
}

/** What the summary shows for a note once the session's outcomes are applied. */
export function predictor(planned: readonly PlannedNote[], clock: () => Clock) {
  return (noteId: string, graded: CardOutcome[]): NotePrediction => {
    const p = planned.find((x) => x.queue.noteId === noteId);
    if (!p) return { rateAfter: 0, nextDue: '' };
    const now = clock().now;
    const grades = graded.flatMap((o) => (o.anyAgain && o.grade !== 1 ? [1, o.grade] : [o.grade]));
    const session = {
      startedAt: now,
      endedAt: now,
      quit: false,
      skipped: [],
      grades: grades.map((grade, i) => ({
        cardId: graded[Math.min(i, graded.length - 1)]?.cardId ?? '',
        noteId,
        grade: grade as Grade,
        at: now,
        durationMs: 0,
      })),
    };
    const [settled] = settleSession([p], session, clock());
    return settled
      ? { rateAfter: settled.result.rateAfter, nextDue: settled.result.schedule.due ?? '' }
      : { rateAfter: p.queue.rateBefore, nextDue: '' };
  };
}
