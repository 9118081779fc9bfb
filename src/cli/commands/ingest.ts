/** `bokseup ingest`: sync the vault into the database and print the counts. */
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { printJson } from '../output.js';
import { syncVault } from '../sync-vault.js';
import { ingestSummary } from '../ingest-summary.js';

export async function runIngest(ctx: CommandContext): Promise<number> {
  const { store, report } = await syncVault(ctx, { quiet: ctx.json });
  store.close();
  if (ctx.json) printJson(ctx.io, report);
  else ctx.io.stdout(`${ingestSummary(report)}\n`);
  return report.errors.length > 0 ? ExitCode.findings : ExitCode.ok;
}
