/**
 * The first act of every command that reads the vault: open its database, ingest, and print the
 * notes with errors to stderr (file and line), unless the command reports them itself.
 */
import { openVault, type OpenVault } from '../ingest/open-vault.js';
import { completePendingWrites } from '../review/complete-pending.js';
import { asDatabaseError } from '../store/database-error.js';
import type { Store } from '../store/store.js';
import { sweepLeftovers } from '../vault/sweep-leftovers.js';
import type { CommandContext } from './context.js';

/**
 * Before ingest: remove what a killed writer left beside the notes (putting back a note it had moved
 * aside), then write the review flags an interrupted `review` or `mark` still owes the notes.
 */
async function repairVault(ctx: CommandContext, store: Store): Promise<void> {
  const swept = await sweepLeftovers(ctx.vault);
  for (const p of swept.restored) ctx.io.stderr(`bokseup: ${p}: put back after an interrupted write\n`);
  const policy = { vault: ctx.vault, ...(ctx.followLinks === true ? { followLinks: true } : {}) };
  for (const line of await completePendingWrites(store, ctx.vault, ctx.clock, policy))
    ctx.io.stderr(`bokseup: warning: ${line}\n`);
}

/** Open and ingest the vault of `ctx`; print its errors unless `quiet`. */
export async function syncVault(ctx: CommandContext, opts: { quiet?: boolean } = {}): Promise<OpenVault> {
  let opened: OpenVault;
  try {
    opened = await openVault(ctx, ctx.clock.now, ctx.settings, (store) => repairVault(ctx, store));
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
