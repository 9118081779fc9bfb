/** `bokseup due [--days N]`: notes due today, or within N days. */
import type { Stage } from '../../note/types.js';
import { addDays, daysBetween, today } from '../../time/clock.js';
import { padToWidth, truncateToWidth } from '../../stats/display-width.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { scheduleNotes, type ScheduledNote } from '../note-schedules.js';
import { openVault } from '../open-vault.js';
import { paint, printJson } from '../output.js';
import { stageLabel } from '../../calendar/stage-label.js';

/** One row of `due --json` (DESIGN §4). */
export interface DueItem {
  path: string;
  title: string;
  subject: string | null;
  stage: Stage;
  due: string;
  overdueDays: number;
  cards: number;
}

/** Notes due on or before `until`, sorted by due date then path. */
export function dueItems(notes: readonly ScheduledNote[], until: string): DueItem[] {
  return notes
    .filter((n) => n.schedule.due !== null && (n.schedule.isDue || n.schedule.due <= until))
    .map(({ row, schedule }) => ({
      path: row.path,
      title: row.title,
      subject: row.subject,
      stage: schedule.stage,
      due: schedule.due ?? until,
      overdueDays: schedule.overdueDays,
      cards: row.cardCount,
    }))
    .sort((a, b) =>
      a.due === b.due ? (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) : a.due < b.due ? -1 : 1,
    );
}

export async function runDue(ctx: CommandContext, opts: { days: number }): Promise<number> {
  const { store, report } = openVault(ctx);
  const day = today(ctx.clock);
  const items = dueItems(scheduleNotes(store, ctx.clock), addDays(day, opts.days));
  store.close();
  if (ctx.json) printJson(ctx.io, items);
  else ctx.io.stdout(renderDue(items, day, ctx.color, ctx.io.columns));
  return report.errors.length > 0 ? ExitCode.findings : ExitCode.ok;
}

function renderDue(items: readonly DueItem[], day: string, color: boolean, columns: number): string {
  const p = paint(color);
  if (items.length === 0) return `${p.green('✓')} nothing due (${day})\n`;
  const lines = items.map((it) => {
    const when =
      it.overdueDays > 0
        ? p.red(`${it.overdueDays}일 지남`)
        : it.due === day
          ? p.yellow('오늘')
          : `D-${daysBetween(day, it.due)}`;
    const head = `${it.due}  ${padToWidth(stageLabel(it.stage), 10)} ${String(it.cards).padStart(3)} cards  `;
    return `${head}${truncateToWidth(it.title, Math.max(10, columns - 45))}  ${when}`;
  });
  return `${p.bold(`${items.length} notes due`)} (${day})\n${lines.join('\n')}\n`;
}
