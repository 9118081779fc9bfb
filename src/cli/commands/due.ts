/** `bokseup due [--days N]`: notes due today, or within N days. */
import type { Stage } from '../../note/types.js';
import type { Store } from '../../store/store.js';
import { addDays, today } from '../../time/clock.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { eachScheduledNote, type ScheduledNote } from '../../due/scheduled-notes.js';
import { readVault } from '../../ingest/open-vault.js';
import { printJson } from '../output.js';
// Static: a dynamic import() of this small module took ~20 ms (Node 20's ESM loader reads each new
// file asynchronously); string-width, the costly part of measuring, stays behind import() in it.
import { renderDue } from '../render-due.js';

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

/** Notes due on or before `until`, sorted by due date then path (the notes may come one by one). */
export function dueItems(notes: Iterable<ScheduledNote>, until: string): DueItem[] {
  const items: DueItem[] = [];
  for (const { row, schedule } of notes) {
    const due = schedule.due;
    if (due === null || !(schedule.isDue || due <= until)) continue;
    items.push({
      path: row.path,
      title: row.title,
      subject: row.subject,
      stage: schedule.stage,
      due,
      overdueDays: schedule.overdueDays,
      cards: row.cardCount,
    });
  }
  return items.sort((a, b) =>
    a.due === b.due ? (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) : a.due < b.due ? -1 : 1,
  );
}

export async function runDue(ctx: CommandContext, opts: { days: number }): Promise<number> {
  const day = today(ctx.clock);
  const list = (store: Store) => dueItems(eachScheduledNote(store, ctx.clock), addDays(day, opts.days));
  const { store, report, value: items } = await readVault(ctx, list);
  store.close();
  if (ctx.json) printJson(ctx.io, items);
  else {
    ctx.io.stdout(await renderDue(items, day, ctx.color, ctx.io.columns));
  }
  return report.errors.length > 0 ? ExitCode.findings : ExitCode.ok;
}
