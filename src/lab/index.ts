/** Everything the CLI uses from the lab, in one module so `lab` commands load it lazily. */
import path from 'node:path';
import type { LabVerdict } from './verdict.js';
import type { Store } from '../store/store.js';

export { LabError, labEnvironment } from './lab-environment.js';
export { closeEarlySandbox, labTry, startSandboxEarly } from './lab-try.js';
export { labDemo, formatDemo } from './lab-demo.js';
export { labCheck } from './lab-check.js';
export { labList } from './lab-list.js';
export { makeLabChecker } from './check-lab-card.js';
export { formatVerdict, verdictExitCode } from './verdict.js';

/** The lab's cache directory (reference snapshots): `lab-cache` next to the database `db`. */
export function labCacheDir(db: string): string {
  return path.join(path.dirname(db), 'lab-cache');
}

/** Where an attempt's time comes from: the wall-clock instant now, and a monotonic millisecond count. */
export interface AttemptClock {
  now: () => Date;
  elapsedMs: () => number;
}

/**
 * Run `check` (one lab check of `answers` for step `step` of note `noteId`) and record its verdict as
 * a lab attempt: `durationMs` from the monotonic count, `at` the instant it started plus that duration.
 * Nothing is recorded when `check` throws.
 */
export async function checkAndRecordAttempt(
  store: Pick<Store, 'recordLabAttempt'>,
  clock: AttemptClock,
  attempt: { noteId: string; step: number; answers: string[] },
  check: () => Promise<LabVerdict>,
): Promise<LabVerdict> {
  const startedAt = clock.now().getTime();
  const started = clock.elapsedMs();
  const verdict = await check();
  const durationMs = Math.round(clock.elapsedMs() - started);
  store.recordLabAttempt({
    ...attempt,
    at: new Date(startedAt + durationMs),
    passed: verdict.passed,
    differences: verdict.differences,
    durationMs,
  });
  return verdict;
}
