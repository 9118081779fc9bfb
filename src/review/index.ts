/** The public entry point of review/: the daily review's planning, settling, commit and write-back. */
export { buildQueue, dueCards } from './build-queue.js';
export type { PlannedNote, Queue } from './build-queue.js';
export { commitSettled, settleSession, writeSettled } from './commit-session.js';
export type { SettledNote } from './commit-session.js';
export { labCheckerFor } from './lab-checker.js';
export type { LabChecker, LabCheckerOptions, LabModule } from './lab-checker.js';
export { markNote } from './mark-note.js';
export { markSkips, skippedMilestones } from './skipped-milestones.js';
export { undoMark } from './undo-mark.js';
export type { UndoneMark } from './undo-mark.js';
export type { MarkOutcome } from './mark-note.js';
export { gradeHints, nextReviewIf } from './grade-hints.js';
export { DAILY_LIMIT, heldBack, overLimit, planReview, predictor } from './plan-review.js';
export type { ReviewPlan } from './plan-review.js';
export { runReview } from './run-review.js';
export type { Present, ReviewOutcome, ReviewRequest } from './run-review.js';
export { completePendingWrites } from './complete-pending.js';
