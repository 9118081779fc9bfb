/**
 * The 14-day forecast as a horizontal bar chart: one row per day (`10/27 일 ███ 3`), bars scaled
 * to the busiest day. Today's row includes overdue notes, drawn as `▒` (red with colour).
 */
import type { Stats } from './compute-stats.js';
import { fg256 } from './ansi.js';
import { displayWidth, padToWidth } from '../text/display-width.js';
import { shortDate, weekdayName } from './render-options.js';
import type { RenderOptions } from './render-options.js';

const MAX_BAR = 40;
/** Room kept right of the bar for the count and today's note. */
const SUFFIX_ROOM = 24;

function bar(due: number, overdue: number, max: number, width: number, color: boolean): string {
  if (due === 0 || max === 0) return '';
  const length = Math.max(1, Math.round((due / max) * width));
  const late = overdue === 0 ? 0 : Math.max(1, Math.round((overdue / due) * length));
  return color
    ? fg256('█'.repeat(late), 203, true) + fg256('█'.repeat(length - late), 39, true)
    : '▒'.repeat(late) + '█'.repeat(length - late);
}

function suffix(due: number, overdue: number, isToday: boolean, lang: 'ko' | 'en'): string {
  if (!isToday) return String(due);
  if (lang === 'en') return overdue ? `${due} (today, ${overdue} overdue)` : `${due} (today)`;
  return overdue ? `${due} (오늘, 밀린 ${overdue})` : `${due} (오늘)`;
}

/** Rendered forecast lines (no heading). */
export function renderForecast(stats: Pick<Stats, 'forecast' | 'overdue'>, opts: RenderOptions): string[] {
  const lang = opts.lang ?? 'ko';
  const labels = stats.forecast.map((f) => `${shortDate(f.date)} ${weekdayName(f.date, lang)}`);
  const labelWidth = Math.max(0, ...labels.map(displayWidth));
  const width = Math.max(4, Math.min(MAX_BAR, opts.columns - labelWidth - 2 - SUFFIX_ROOM));
  const max = Math.max(0, ...stats.forecast.map((f) => f.due));
  return stats.forecast.map((f, i) => {
    const overdue = i === 0 ? stats.overdue : 0;
    const b = bar(f.due, overdue, max, width, opts.color);
    const tail = suffix(f.due, overdue, i === 0, lang);
    return `${padToWidth(labels[i] ?? '', labelWidth)} ${b}${b ? ' ' : ''}${tail}`;
  });
}
