/**
 * The daily review, end to end: plan the queue, hand it to the presenter (the TUI, which returns
 * what the session did and writes nothing), then settle each touched note, commit the session in
 * one transaction and write the touched notes' frontmatter.
 */
import type { ReviewInput, SessionResult } from '../quiz/types.js';
import { forecast } from '../schedule/forecast.js';
import type { ScheduleSettings } from '../schedule/schedule-settings.js';
import type { Store } from '../store/store.js';
import type { WritePolicy } from '../regen/write-rewritten.js';
import { today, type Clock } from '../time/clock.js';
import { commitSettled, settleSession, writeSettled } from './commit-session.js';
import { labCheckerFor } from './lab-checker.js';
import { gradeHints } from './grade-hints.js';
import { heldBack, overLimit, planReview, predictor, type ReviewPlan } from './plan-review.js';

/** Runs one session in front of the learner and resolves with what it did. */
export type Present = (input: ReviewInput) => Promise<SessionResult>;

export interface ReviewRequest {
  vault: string;
  db: string;
  clock: Clock;
  /** Milliseconds since the process started (monotonic): the session's running clock. */
  elapsedMs: () => number;
  limit?: number;
  /** The vault's cards per session when `limit` is not given (default DAILY_LIMIT, 0: no limit). */
  dailyLimit?: number;
  /** Review only this note (vault-relative path). */
  notePath?: string;
  /** The vault's FSRS settings (default: retention 0.9, long-term at 30 days of stability). */
  schedule?: ScheduleSettings;
  /** How notes are written (`--follow-links`, the settle time). */
  write?: WritePolicy;
}

export interface ReviewOutcome {
  /** Grades committed. */
  reviews: number;
  /** Notes whose session was settled (and written). */
  notes: number;
  /** Notes that could not be written, with why. */
  problems: string[];
}

/** What the TUI gets: the queue and what the start screen says, the clock, and the shell's answers. */
function reviewInput(plan: ReviewPlan, req: ReviewRequest, now: () => Date): ReviewInput {
  const input: ReviewInput = {
    notes: plan.planned.map((p) => p.queue),
    forecast: forecast(
      plan.scheduled.map((n) => n.schedule),
      today(req.clock),
      7,
    ),
    now,
    hintsFor: gradeHints(plan.planned, req.clock.tz),
    predictAfter: predictor(plan.planned, req.clock.tz),
  };
  const held = heldBack(plan);
  if (held) input.heldBack = held;
  const over = overLimit(plan);
  if (over) input.overLimit = over;
  return input;
}

export async function runReview(store: Store, req: ReviewRequest, present: Present): Promise<ReviewOutcome> {
  const plan = planReview(store, req.clock, req);
  const startMs = req.elapsedMs();
  const clockNow = (): Clock => ({
    now: new Date(req.clock.now.getTime() + req.elapsedMs() - startMs),
    tz: req.clock.tz,
  });
  const now = () => clockNow().now;
  const input = reviewInput(plan, req, now);
  const checkLab = labCheckerFor(store, plan.planned, { db: req.db, now, elapsedMs: req.elapsedMs });
  if (checkLab) input.checkLab = checkLab;
  const session = await present(input);
  const settled = settleSession(plan.planned, session, clockNow());
  if (settled.length === 0) return { reviews: 0, notes: 0, problems: [] };
  const committed = commitSettled(store, session, settled);
  const policy = { vault: req.vault, ...req.write };
  const problems = await writeSettled(store, req.vault, settled, committed, clockNow(), policy);
  return { reviews: session.grades.length, notes: settled.length, problems };
}
