/** The text form of `bokseup due` (string-width, whose import costs start-up time, only when needed). */
import { overdueLabel, stageLabel } from '../schedule/stage-label.js';
import { plainFit, plainWidth } from '../text/plain-width.js';
import { plural } from '../text/plural.js';
import { addDays, daysBetween } from '../time/clock.js';
import type { DueItem } from '../due/due-items.js';
import { paint } from './output.js';

/** Lines listed in text form; the rest is summed up (`--json` lists everything). */
const MAX_LINES = 200;

/** `today (2026-11-29)` or `in the next 7 days (until 2026-12-06)`: the window the list covers. */
function windowText(day: string, days: number): string {
  if (days === 0) return `today (${day})`;
  return `in the next ${plural(days, 'day')} (until ${addDays(day, days)})`;
}

function whenText(it: DueItem, day: string): { text: string; tone: 'red' | 'yellow' | 'none' } {
  if (it.overdueDays > 0) return { text: overdueLabel(it.overdueDays), tone: 'red' };
  if (it.due === day) return { text: '오늘', tone: 'yellow' };
  return { text: `D-${daysBetween(day, it.due)}`, tone: 'none' };
}

/**
 * The due list as terminal text, at most MAX_LINES notes: a header naming the window, then one
 * aligned row per note (due date, how late, stage, cards, the note's path in the vault, so two
 * notes of the same title are told apart). Text of plain Korean and ASCII is measured without
 * loading string-width (see plain-width.ts); any other text loads it.
 */
export async function renderDue(
  items: readonly DueItem[],
  day: string,
  opts: { color: boolean; columns: number; days: number },
): Promise<string> {
  const p = paint(opts.color);
  const window = windowText(day, opts.days);
  if (items.length === 0) return `${p.green('✓')} nothing due ${window}\n`;
  const shown = items.slice(0, MAX_LINES);
  const texts = shown.flatMap((it) => [it.path, stageLabel(it.stage), whenText(it, day).text]);
  const fit = texts.every((t) => plainWidth(t) !== null)
    ? plainFit
    : (await import('../text/display-width.js')).fullFit;
  const widest = (values: string[]) => Math.max(...values.map((v) => fit.width(v)));
  const whenWidth = widest(shown.map((it) => whenText(it, day).text));
  const stageWidth = widest(shown.map((it) => stageLabel(it.stage)));
  const cardsWidth = Math.max(...shown.map((it) => plural(it.cards, 'card').length));
  const lines = shown.map((it) => {
    const when = whenText(it, day);
    const painted = when.tone === 'none' ? when.text : p[when.tone](when.text);
    const pad = ' '.repeat(whenWidth - fit.width(when.text));
    const cards = plural(it.cards, 'card').padStart(cardsWidth);
    const head = `${it.due}  ${painted}${pad}  ${fit.pad(stageLabel(it.stage), stageWidth)}  ${cards}  `;
    const room = Math.max(10, opts.columns - (10 + whenWidth + stageWidth + cardsWidth + 8));
    return `${head}${fit.truncate(it.path, room)}`;
  });
  const rest = items.length - lines.length;
  if (rest > 0) lines.push(p.dim(`… and ${rest} more (bokseup due --json lists them all)`));
  return `${p.bold(`${plural(items.length, 'note')} due ${window}`)}\n${lines.join('\n')}\n`;
}
