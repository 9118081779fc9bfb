/** The text form of `bokseup due` (string-width, whose import costs start-up time, only when needed). */
import { overdueLabel, stageLabel } from '../schedule/stage-label.js';
import { plainFit, plainWidth } from '../text/plain-width.js';
import { daysBetween } from '../time/clock.js';
import type { DueItem } from '../due/due-items.js';
import { paint } from './output.js';

/** Lines listed in text form; the rest is summed up (`--json` lists everything). */
const MAX_LINES = 200;

/**
 * The due list as terminal text, at most MAX_LINES notes. Titles of plain Korean and ASCII are
 * measured without loading string-width (see plain-width.ts); any other title loads it.
 */
export async function renderDue(
  items: readonly DueItem[],
  day: string,
  color: boolean,
  columns: number,
): Promise<string> {
  const p = paint(color);
  if (items.length === 0) return `${p.green('✓')} nothing due (${day})\n`;
  const shown = items.slice(0, MAX_LINES);
  const plain = shown.every(
    (it) => plainWidth(it.title) !== null && plainWidth(stageLabel(it.stage)) !== null,
  );
  const fit = plain ? plainFit : (await import('../text/display-width.js')).fullFit;
  const lines = shown.map((it) => {
    const when =
      it.overdueDays > 0
        ? p.red(overdueLabel(it.overdueDays))
        : it.due === day
          ? p.yellow('오늘')
          : `D-${daysBetween(day, it.due)}`;
    const head = `${it.due}  ${fit.pad(stageLabel(it.stage), 10)} ${String(it.cards).padStart(3)} cards  `;
    return `${head}${fit.truncate(it.title, Math.max(10, columns - 45))}  ${when}`;
  });
  const rest = items.length - lines.length;
  if (rest > 0) lines.push(p.dim(`… and ${rest} more (bokseup due --json lists them all)`));
  return `${p.bold(`${items.length} notes due`)} (${day})\n${lines.join('\n')}\n`;
}
