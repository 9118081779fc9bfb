/**
 * Today's review, planned from the store: the due notes (or the one `--note`), their queue within
 * the card limit, the notes the limit held back, and the prediction the summary shows per note.
 */
import { scheduleNotes, type ScheduledNote } from '../due/scheduled-notes.js';
import type { GradeRecord, NotePrediction } from '../quiz/types.js';
import type { ScheduleSettings } from '../schedule/schedule-settings.js';
import type { Store } from '../store/store.js';
import { today, type Clock } from '../time/clock.js';
import { UserError } from '../text/user-error.js';
import { buildQueue, type PlannedNote } from './build-queue.js';
import { settleSession } from './commit-session.js';

/**
 * Cards per session unless `--limit` says otherwise (0: no limit), as Anki caps reviews per day: the
 * first review of an imported vault can find thousands of notes due. Whole notes are queued, so a
 * note's milestone completes only when all its due cards were reviewed.
 */
export const DAILY_LIMIT = 200;

export interface ReviewPlan {
  /** Every note's schedule (the start screen's forecast). */
  scheduled: ScheduledNote[];
  /** The notes due (or the one asked for). */
  picked: ScheduledNote[];
  /** The queued notes, within the limit. */
  planned: PlannedNote[];
  /** The card limit in force (null: none). */
  limit: number | null;
  /** The first note alone has more due cards than the limit (it is queued whole). */
  overLimit: boolean;
}

/** Plan the session: `notePath` (vault-relative) reviews that note only, due or not, every card. */
export function planReview(
  store: Store,
  clock: Clock,
  opts: { limit?: number; dailyLimit?: number; notePath?: string; schedule?: ScheduleSettings },
): ReviewPlan {
  // --limit, else the vault's daily limit; one note asked for by name is reviewed whole.
  const one = opts.notePath !== undefined;
  const limit = opts.limit ?? (one ? 0 : (opts.dailyLimit ?? DAILY_LIMIT));
  const scheduled = scheduleNotes(store, clock, opts.schedule);
  const picked = pickNotes(scheduled, opts.notePath);
  const queue = buildQueue(store, picked, clock, { ...(limit === 0 ? {} : { limit }), all: one });
  return { scheduled, picked, limit: limit === 0 ? null : limit, ...queue };
}

function pickNotes(all: ScheduledNote[], rel: string | undefined): ScheduledNote[] {
  if (rel === undefined) return all.filter((n) => n.schedule.isDue);
  const found = all.find((n) => n.row.path === rel);
  if (!found)
    throw new UserError(`${rel} has errors or no review fields (see \`bokseup doctor\`)`, 'findings');
  return [found];
}

/** Due notes the limit left out of the queue (they stay due). */
export function heldBack(plan: ReviewPlan): { notes: number; limit: number } | undefined {
  const queued = new Set(plan.planned.map((p) => p.queue.noteId));
  const notes = plan.picked.filter((n) => !queued.has(n.row.id)).length;
  return notes === 0 || plan.limit === null ? undefined : { notes, limit: plan.limit };
}

/** The start screen's word on a first note that is bigger than the limit on its own. */
export function overLimit(plan: ReviewPlan): { title: string; cards: number; limit: number } | undefined {
  const first = plan.planned[0];
  if (!plan.overLimit || first === undefined || plan.limit === null) return undefined;
  return { title: first.queue.title, cards: first.queue.cards.length, limit: plan.limit };
}

/**
 * What the summary shows for a note: the commit's own settling of the session's grades at `at`.
 * The next review is never shown in the past: a note still due says today.
 */
export function predictor(planned: readonly PlannedNote[], tz: string) {
  return (noteId: string, grades: readonly GradeRecord[], at: Date): NotePrediction => {
    const p = planned.find((x) => x.queue.noteId === noteId);
    const clock = { now: at, tz };
    const session = { startedAt: at, endedAt: at, quit: false, skipped: [], grades: [...grades] };
    const [settled] = p === undefined ? [] : settleSession([p], session, clock);
    if (p === undefined || settled === undefined)
      return { rateAfter: p?.queue.rateBefore ?? 0, nextDue: null, finished: false };
    const due = settled.result.schedule.due;
    const day = today(clock);
    return {
      rateAfter: settled.result.rateAfter,
      nextDue: due === null ? null : due < day ? day : due,
      finished: settled.finished,
    };
  };
}
