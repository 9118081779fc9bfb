/** `bokseup due [--days N]`: notes due today, or within N days. */
import { listDue } from '../../due/due-items.js';
import { today } from '../../time/clock.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { printJson } from '../output.js';
// Static: a dynamic import() of this small module took ~20 ms (Node 20's ESM loader reads each new
// file asynchronously); string-width, the costly part of measuring, stays behind import() in it.
import { renderDue } from '../render-due.js';
import { syncVault } from '../sync-vault.js';

export async function runDue(ctx: CommandContext, opts: { days: number; count?: boolean }): Promise<number> {
  const { store, report } = await syncVault(ctx, { readOnly: true });
  const items = listDue(store, ctx.clock, opts.days, ctx.settings);
  store.close();
  if (opts.count === true) ctx.io.stdout(`${items.length}\n`);
  else if (ctx.json) printJson(ctx.io, items);
  else {
    const render = { color: ctx.color, columns: ctx.io.columns, days: opts.days };
    ctx.io.stdout(await renderDue(items, today(ctx.clock), render));
  }
  return report.errors.length > 0 ? ExitCode.findings : ExitCode.ok;
}
