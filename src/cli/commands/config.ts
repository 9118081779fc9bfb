/** `bokseup config`: every resolved setting and where it came from; `--json` too. Opens no database. */
import type { CommandContext } from '../context.js';
import { configReport, renderConfig } from '../config-report.js';
import { ExitCode } from '../exit-codes.js';
import { printJson } from '../output.js';

export async function runConfig(ctx: CommandContext): Promise<number> {
  const entries = configReport(ctx, ctx.tzSource);
  if (ctx.json) printJson(ctx.io, Object.fromEntries(entries.map(({ name, ...rest }) => [name, rest])));
  else ctx.io.stdout(renderConfig(entries));
  return Promise.resolve(ExitCode.ok);
}
