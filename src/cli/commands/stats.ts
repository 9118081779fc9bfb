/** `bokseup stats`: review heatmap, streak, retention, forecast and per-note progress. */
import { renderStats } from '../../stats/render-stats.js';
import { readStats } from '../../stats/read-stats.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { printJson } from '../output.js';
import { syncVault } from '../sync-vault.js';

export async function runStats(ctx: CommandContext): Promise<number> {
  const { store, report } = await syncVault(ctx, { readOnly: true });
  try {
    const stats = readStats(store, ctx.clock, ctx.settings);
    if (ctx.json) printJson(ctx.io, stats);
    else ctx.io.stdout(renderStats(stats, { color: ctx.color, columns: ctx.io.columns }));
    return report.errors.length > 0 ? ExitCode.findings : ExitCode.ok;
  } finally {
    store.close();
  }
}
