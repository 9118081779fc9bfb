/**
 * The first act of every command that reads the vault: open its database, ingest, and print the
 * notes with errors to stderr (file and line), unless the command reports them itself.
 */
import { openVault, type OpenVault } from '../ingest/open-vault.js';
import { asDatabaseError } from '../store/database-error.js';
import type { CommandContext } from './context.js';

/** Open and ingest the vault of `ctx`; print its errors unless `quiet`. */
export async function syncVault(ctx: CommandContext, opts: { quiet?: boolean } = {}): Promise<OpenVault> {
  let opened: OpenVault;
  try {
    opened = await openVault(ctx, ctx.clock.now, ctx.settings);
  } catch (error) {
    throw asDatabaseError(error, ctx.db);
  }
  if (opened.created) ctx.io.stderr(`bokseup: created the database ${ctx.db} for the vault ${ctx.vault}\n`);
  if (opts.quiet !== true) {
    for (const e of opened.report.errors)
      ctx.io.stderr(`${e.path}${e.line > 0 ? `:${e.line}` : ''}: error: ${e.message} [${e.rule}]\n`);
    for (const s of opened.report.skipped)
      ctx.io.stderr(`${s.path}: warning: skipped: ${s.message} [${s.rule}]\n`);
  }
  return opened;
}
