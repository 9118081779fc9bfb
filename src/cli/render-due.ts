/** The text form of `bokseup due` (loaded only for text output: width measuring costs start-up time). */
import { stageLabel } from '../calendar/stage-label.js';
import { padToWidth, truncateToWidth } from '../stats/display-width.js';
import { daysBetween } from '../time/clock.js';
import type { DueItem } from './commands/due.js';
import { paint } from './output.js';

/** Lines listed in text form; the rest is summed up (`--json` lists everything). */
const MAX_LINES = 200;

/** The due list as terminal text, at most MAX_LINES notes. */
export function renderDue(items: readonly DueItem[], day: string, color: boolean, columns: number): string {
  const p = paint(color);
  if (items.length === 0) return `${p.green('✓')} nothing due (${day})\n`;
  const lines = items.slice(0, MAX_LINES).map((it) => {
    const when =
      it.overdueDays > 0
        ? p.red(`${it.overdueDays}일 지남`)
        : it.due === day
          ? p.yellow('오늘')
          : `D-${daysBetween(day, it.due)}`;
    const head = `${it.due}  ${padToWidth(stageLabel(it.stage), 10)} ${String(it.cards).padStart(3)} cards  `;
    return `${head}${truncateToWidth(it.title, Math.max(10, columns - 45))}  ${when}`;
  });
  const rest = items.length - lines.length;
  if (rest > 0) lines.push(p.dim(`… and ${rest} more (bokseup due --json lists them all)`));
  return `${p.bold(`${items.length} notes due`)} (${day})\n${lines.join('\n')}\n`;
}
