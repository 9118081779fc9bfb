/** `bokseup due [--days N]`: notes due today, or within N days. */
import type { Stage } from '../../note/types.js';
import { addDays, today } from '../../time/clock.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { scheduleNotes, type ScheduledNote } from '../note-schedules.js';
import { openVault } from '../open-vault.js';
import { printJson } from '../output.js';

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
  const { store, report } = await openVault(ctx);
  const day = today(ctx.clock);
  const items = dueItems(scheduleNotes(store, ctx.clock), addDays(day, opts.days));
  store.close();
  if (ctx.json) printJson(ctx.io, items);
  else {
    const { renderDue } = await import('../render-due.js');
    ctx.io.stdout(await renderDue(items, day, ctx.color, ctx.io.columns));
  }
  return report.errors.length > 0 ? ExitCode.findings : ExitCode.ok;
}
