/** The public entry point of schedule/: what the rest of bokseup and the tests use from it. */
export { deriveFields } from './derived-fields.js';
export { forecast } from './forecast.js';
export {
  applyGrade,
  isLongTermMemory,
  memoryFromHistory,
  noteLongTermDue,
  previewIntervals,
} from './fsrs.js';
export type { MemoryState, ReviewEvent } from './fsrs.js';
export { GRADES } from './grade.js';
export type { Grade } from './grade.js';
export { overdueLabel, stageLabel } from './stage-label.js';
export type { LabelLang } from './stage-label.js';
export { cardNextReview } from './card-next-review.js';
export { intervalLabel, intervalLabels } from './interval-label.js';
export { formatRate, learningRateTenths } from './learning-rate.js';
export { milestoneDates, scheduleNote } from './milestones.js';
export { progressBar } from './progress-bar.js';
export { applySessionOutcome } from './session-outcome.js';
export { settleNoteSession } from './settle-note-session.js';
export type { CardGrade } from './settle-note-session.js';
export { DEFAULT_SCHEDULE } from './schedule-settings.js';
export type { ScheduleSettings } from './schedule-settings.js';
