/** `bokseup stats`' figures from the store: every note's progress and the last year of reviews. */
import { scheduleNotes } from '../due/scheduled-notes.js';
import { learningRateTenths } from '../schedule/learning-rate.js';
import type { ScheduleSettings } from '../schedule/schedule-settings.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../time/clock.js';
import { computeStats, type Stats } from './compute-stats.js';

const YEAR_MS = 366 * 86_400_000;

/** The stats of `store` on the clock's day. */
export function readStats(store: Store, clock: Clock, settings?: ScheduleSettings): Stats {
  const notes = scheduleNotes(store, clock, settings).map(({ row, schedule }) => ({
    noteId: row.id,
    path: row.path,
    title: row.title,
    rateTenths: learningRateTenths(row.fields),
    stage: schedule.stage,
    due: schedule.due,
  }));
  const reviews = store.history.reviewsSince(new Date(clock.now.getTime() - YEAR_MS));
  return computeStats({ notes, reviews, tz: clock.tz, now: clock.now });
}
