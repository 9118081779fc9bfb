/**
 * The `bokseup stats` screen: heatmap, totals with streak and retention, the 14-day forecast and
 * the per-note progress table. Pure: a {@link Stats} document in, text out (lines joined by `\n`,
 * ending in `\n`). Colour is the caller's decision (NO_COLOR, TTY).
 */
import type { Retention, Stats } from './compute-stats.js';
import { bold } from './ansi.js';
import { renderForecast } from './render-forecast.js';
import { renderHeatmap } from './render-heatmap.js';
import { renderNoteTable } from './render-note-table.js';
import type { RenderOptions } from './render-options.js';

export type { RenderOptions } from './render-options.js';

function percent(r: Retention): string {
  return r.rate === null ? '—' : `${Math.round(r.rate * 100)}% (${r.passed}/${r.reviews})`;
}

function summaryLines(stats: Stats, lang: 'ko' | 'en'): string[] {
  const { totalReviews: total, reviewsToday: today, streak, retention, marks } = stats;
  if (lang === 'en') {
    const marked = marks > 0 ? ` · ${marks} marked by hand` : '';
    return [
      `${total} reviews · ${today} today${marked} · streak ${streak.current} days (longest ${streak.longest})`,
      `Retention (reviews only): overall ${percent(retention.overall)} · last 30 days ${percent(retention.last30)}`,
    ];
  }
  const marked = marks > 0 ? ` · 직접 표시 ${marks}회` : '';
  return [
    `복습 ${total}회 · 오늘 ${today}회${marked} · 연속 ${streak.current}일 (최장 ${streak.longest}일)`,
    `기억률 (복습만): 전체 ${percent(retention.overall)} · 최근 30일 ${percent(retention.last30)}`,
  ];
}

function headings(stats: Stats, lang: 'ko' | 'en'): [string, string, string] {
  const n = stats.heatmap.length;
  return lang === 'en'
    ? [`Reviews, last ${n} days`, 'Due in the next 14 days', 'Notes']
    : [`복습 기록 (최근 ${n}일)`, '앞으로 14일 복습 예정', '노트별 진행'];
}

/** Render the stats screen for a terminal `opts.columns` wide. */
export function renderStats(stats: Stats, opts: RenderOptions): string {
  const lang = opts.lang ?? 'ko';
  const [heat, forecast, notes] = headings(stats, lang).map((h) => bold(h, opts.color));
  const lines = [
    heat ?? '',
    ...renderHeatmap(stats.heatmap, opts),
    '',
    ...summaryLines(stats, lang),
    '',
    forecast ?? '',
    ...renderForecast(stats, opts),
    '',
    notes ?? '',
    ...renderNoteTable(stats.notes, opts),
  ];
  return `${lines.join('\n')}\n`;
}
