/**
 * The per-note progress table: title, stage, next review and the template's 🟩⬜ progress bar.
 * Columns are padded by display width so Korean and emoji titles line up; long titles are cut
 * with `…` to fit the terminal.
 */
import { progressBar } from '../schedule/progress-bar.js';
import { overdueLabel, stageLabel } from '../schedule/stage-label.js';
import type { NoteProgress } from './compute-stats.js';
import { bold, fg256 } from './ansi.js';
import { displayWidth, padToWidth, truncateToWidth } from '../text/display-width.js';
import { shortDate } from './render-options.js';
import type { RenderOptions } from './render-options.js';

const GAP = '  ';
const MIN_TITLE = 8;
/** Width of `🟩🟩🟩🟩🟩🟩🟩🟩🟩🟩 100%`. */
const BAR_WIDTH = 25;

function dueText(n: NoteProgress, lang: 'ko' | 'en'): string {
  if (n.due === null) return '—';
  if (n.overdueDays > 0) return `${shortDate(n.due)} (${overdueLabel(n.overdueDays, lang)})`;
  return shortDate(n.due);
}

interface Row {
  title: string;
  stage: string;
  due: string;
  progress: string;
  late: boolean;
}

interface Widths {
  title: number;
  stage: number;
  due: number;
  /** Too narrow for the 🟩⬜ bar: show the percentage only. */
  compact: boolean;
}

function widths(rows: readonly Row[], columns: number): Widths {
  const w = (pick: (r: Row) => string): number => Math.max(...rows.map((r) => displayWidth(pick(r))));
  const [stage, due, longest] = [w((r) => r.stage), w((r) => r.due), w((r) => r.title)];
  const fixed = stage + due + 3 * GAP.length;
  const compact = columns - fixed - BAR_WIDTH < MIN_TITLE;
  const room = columns - fixed - (compact ? 4 : BAR_WIDTH);
  return { title: Math.max(Math.min(longest, room), Math.min(longest, MIN_TITLE)), stage, due, compact };
}

function renderRow(r: Row, w: Widths, color: boolean): string {
  const due = padToWidth(r.due, w.due);
  const progress = w.compact ? r.progress.replace(/^[🟩⬜]+ /u, '') : r.progress;
  return [
    padToWidth(truncateToWidth(r.title, w.title), w.title),
    padToWidth(r.stage, w.stage),
    r.late ? fg256(due, 203, color) : due,
    progress,
  ]
    .join(GAP)
    .trimEnd();
}

function toRow(n: NoteProgress, lang: 'ko' | 'en'): Row {
  return {
    title: n.title,
    stage: stageLabel(n.stage, lang),
    due: dueText(n, lang),
    progress: progressBar(n.rateTenths),
    late: n.overdueDays > 0,
  };
}

/** Rendered table lines: a header and one row per note, or a single "no notes" line. */
export function renderNoteTable(notes: readonly NoteProgress[], opts: RenderOptions): string[] {
  const lang = opts.lang ?? 'ko';
  if (notes.length === 0) return [lang === 'en' ? 'No notes yet.' : '노트가 없습니다.'];
  const [title, stage, due, progress] =
    lang === 'en' ? ['Note', 'Stage', 'Next review', 'Progress'] : ['노트', '단계', '다음 복습', '진행'];
  const header: Row = { title, stage, due, progress, late: false };
  const rows = notes.map((n) => toRow(n, lang));
  const w = widths([header, ...rows], opts.columns);
  return [
    bold(renderRow(header, w, opts.color), opts.color),
    ...rows.map((r) => renderRow(r, w, opts.color)),
  ];
}
