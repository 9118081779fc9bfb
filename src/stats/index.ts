/** The public entry point of stats/: what the rest of bokseup and the tests use from it. */
export { computeStats } from './compute-stats.js';
export type { Stats, StatsInput, StatsReview } from './compute-stats.js';
export { computeStreak } from './compute-streak.js';
export { localDayIn } from './local-day.js';
export { renderStats } from './render-stats.js';
