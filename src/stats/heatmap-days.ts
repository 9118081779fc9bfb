/** The heatmap's days: graded reviews and marks per local day, for a span of days ending today. */
import type { LocalDate } from '../note/types.js';
import { addDays } from '../time/clock.js';

/** One day of the heatmap. */
export interface HeatmapDay {
  date: LocalDate;
  /** Cards graded that day. */
  reviews: number;
  /** Milestones recorded with `bokseup mark` that day. */
  marks: number;
}

type Dated = { day: LocalDate };

function countPerDay(reviews: readonly Dated[]): Map<LocalDate, number> {
  const perDay = new Map<LocalDate, number>();
  for (const r of reviews) perDay.set(r.day, (perDay.get(r.day) ?? 0) + 1);
  return perDay;
}

/** `span` days ending on `day`, oldest first, each with its reviews and its marks (zeros included). */
export function heatmap(
  graded: readonly Dated[],
  marks: readonly Dated[],
  day: LocalDate,
  span: number,
): HeatmapDay[] {
  const [perDay, marksPerDay] = [countPerDay(graded), countPerDay(marks)];
  const first = addDays(day, -(span - 1));
  return Array.from({ length: span }, (_, i) => {
    const date = addDays(first, i);
    return { date, reviews: perDay.get(date) ?? 0, marks: marksPerDay.get(date) ?? 0 };
  });
}
