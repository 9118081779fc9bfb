/**
 * The review heatmap, GitHub style: one column per week (Monday first), one row per weekday,
 * month labels above (on two rows where Korean labels would touch) and a legend below. Each cell is one terminal column; when the terminal
 * is too narrow the oldest weeks are dropped.
 */
import type { Stats } from './compute-stats.js';
import { fg256 } from './ansi.js';
import { displayWidth, padToWidth } from '../text/display-width.js';
import { weekdayIndex, weekdayNames } from './render-options.js';
import type { RenderOptions } from './render-options.js';

const SHADES = ['·', '░', '▒', '▓', '█'];
const GREENS = [238, 22, 28, 34, 40];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type Day = Stats['heatmap'][number];

/** Level 0–4 of a count relative to the busiest shown day. */
function level(reviews: number, max: number): number {
  return reviews === 0 || max === 0 ? 0 : Math.min(4, Math.max(1, Math.ceil((reviews * 4) / max)));
}

function cell(lvl: number, color: boolean): string {
  if (!color) return SHADES[lvl] ?? ' ';
  return fg256(lvl === 0 ? '·' : '█', GREENS[lvl] ?? 238, true);
}

/** Weeks (columns) of days, each a 7-slot array Monday first; the oldest weeks beyond `maxWeeks` dropped. */
function weeks(days: readonly Day[], maxWeeks: number): (Day | undefined)[][] {
  const first = days[0];
  if (!first) return [];
  const offset = weekdayIndex(first.date);
  const grid: (Day | undefined)[][] = [];
  days.forEach((day, i) => {
    const col = Math.floor((offset + i) / 7);
    (grid[col] ??= new Array<Day | undefined>(7).fill(undefined))[(offset + i) % 7] = day;
  });
  return grid.slice(Math.max(0, grid.length - maxWeeks));
}

function monthLabel(date: string, lang: RenderOptions['lang']): string {
  const m = Number(date.slice(5, 7));
  return lang === 'en' ? (MONTHS_EN[m - 1] ?? '') : `${m}월`;
}

/** A month label and the column of the week in which the month begins. */
interface MonthLabel {
  at: number;
  text: string;
}

function monthLabels(
  grid: (Day | undefined)[][],
  labelWidth: number,
  lang: RenderOptions['lang'],
): MonthLabel[] {
  const out: MonthLabel[] = [];
  grid.forEach((week, col) => {
    const firstOfMonth = week.find((d) => d?.date.endsWith('-01'));
    if (firstOfMonth) out.push({ at: labelWidth + col, text: monthLabel(firstOfMonth.date, lang) });
  });
  return out;
}

/** `label` put on `row` at its column (pulled left at the right edge), or null when it does not fit. */
function place(row: string, label: MonthLabel, columns: number): string | null {
  const width = displayWidth(label.text);
  const used = displayWidth(row.trimEnd());
  const at = Math.min(label.at, columns - width);
  if (at < (used === 0 ? 0 : used + 1)) return null;
  return padToWidth(row, at) + label.text;
}

/**
 * Month names above the week in which each month begins. Korean labels (`10월`, `11월`) are wider
 * than the four or five weeks between months, so a label that would touch the one before it goes
 * on a second row: every month that begins in view is named.
 */
function monthRows(grid: (Day | undefined)[][], labelWidth: number, opts: RenderOptions): string[] {
  const rows = [' '.repeat(labelWidth), ' '.repeat(labelWidth)];
  for (const label of monthLabels(grid, labelWidth, opts.lang)) {
    const i = rows.findIndex((row) => place(row, label, opts.columns) !== null);
    if (i !== -1) rows[i] = place(rows[i] ?? '', label, opts.columns) ?? '';
  }
  return rows.map((r) => r.trimEnd()).filter((r, i) => i === 0 || r !== '');
}

/** Rendered heatmap lines: month row, seven weekday rows, legend. Empty when there are no days. */
export function renderHeatmap(days: readonly Day[], opts: RenderOptions): string[] {
  const lang = opts.lang ?? 'ko';
  const names = weekdayNames(lang);
  const labelWidth = Math.max(...names.map(displayWidth)) + 1;
  const grid = weeks(days, Math.max(1, opts.columns - labelWidth));
  if (grid.length === 0) return [];
  const activity = (d: Day | undefined): number => (d === undefined ? 0 : d.reviews + d.marks);
  const max = Math.max(0, ...grid.flat().map(activity));
  const rows = names.map((name, r) => {
    const cells = grid.map((week) => {
      const day = week[r];
      return day ? cell(level(activity(day), max), opts.color) : ' ';
    });
    return (padToWidth(name, labelWidth) + cells.join('')).trimEnd();
  });
  const scale = [0, 1, 2, 3, 4].map((l) => cell(l, opts.color)).join('');
  const [less, more] = lang === 'en' ? ['Less', 'More'] : ['적음', '많음'];
  const peak = lang === 'en' ? `(busiest day: ${max})` : `(하루 최대 ${max}회)`;
  return [
    ...monthRows(grid, labelWidth, opts),
    ...rows,
    `${' '.repeat(labelWidth)}${less} ${scale} ${more} ${peak}`,
  ];
}
