/**
 * Every lab check a learner makes (`lab try`, a lab card in the review) is logged as a lab attempt:
 * when it happened, how long it took, whether it passed and what differed.
 */
import type { SessionWriter } from '../store/session-writer.js';
import { isRefusal, type LabVerdict } from './verdict.js';

/** Where an attempt's time comes from: the wall-clock instant now, and a monotonic millisecond count. */
export interface AttemptClock {
  now: () => Date;
  elapsedMs: () => number;
}

/**
 * Run `check` (one lab check of `answers` for step `step` of note `noteId`) and record its verdict as
 * a lab attempt: `durationMs` from the monotonic count, `at` the instant it started plus that duration.
 * Nothing is recorded when `check` throws, nor for refused input (nothing ran: not a try).
 */
export async function checkAndRecordAttempt(
  sessions: Pick<SessionWriter, 'recordLabAttempt'>,
  clock: AttemptClock,
  attempt: { noteId: string; step: number; answers: string[] },
  check: () => Promise<LabVerdict>,
): Promise<LabVerdict> {
  const startedAt = clock.now().getTime();
  const started = clock.elapsedMs();
  const verdict = await check();
  const durationMs = Math.round(clock.elapsedMs() - started);
  if (isRefusal(verdict)) return verdict;
  sessions.recordLabAttempt({
    ...attempt,
    at: new Date(startedAt + durationMs),
    passed: verdict.passed,
    differences: verdict.differences,
    durationMs,
  });
  return verdict;
}
