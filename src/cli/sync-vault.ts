/**
 * The first act of every command that reads the vault: open its database, ingest, and print the
 * notes with errors to stderr (file and line), unless the command reports them itself.
 */
import { openVault, type OpenVault } from '../ingest/open-vault.js';
import { storedReport } from '../ingest/ingest-vault.js';
import { asDatabaseError } from '../store/database-error.js';
import { DatabaseBusyError } from '../store/errors.js';
import { Store } from '../store/store.js';
import { sweepLeftovers } from '../vault/sweep-leftovers.js';
import type { CommandContext } from './context.js';

/**
 * Before ingest: remove what a killed writer left beside the notes (putting back a note it had moved
 * aside), then write the review flags an interrupted `review` or `mark` still owes the notes.
 */
async function repairVault(ctx: CommandContext, store: Store): Promise<void> {
  const swept = await sweepLeftovers(ctx.vault);
  for (const p of swept.restored) ctx.io.stderr(`bokseup: ${p}: put back after an interrupted write\n`);
  // Almost always none are owed: the writer (and the note parser it loads) only when some are.
  if (store.pending.list().length === 0) return;
  const { completePendingWrites } = await import('../review/complete-pending.js');
  const policy = { vault: ctx.vault, ...(ctx.followLinks === true ? { followLinks: true } : {}) };
  for (const line of await completePendingWrites(store, ctx.vault, ctx.clock, policy))
    ctx.io.stderr(`bokseup: warning: ${line}\n`);
}

/**
 * Open and ingest the vault of `ctx`; print its errors unless `quiet`. A `readOnly` command (one
 * that only lists) whose ingest finds the database locked by another writer goes on with the
 * database as it is, after a warning, instead of failing.
 */
export async function syncVault(
  ctx: CommandContext,
  opts: { quiet?: boolean; readOnly?: boolean } = {},
): Promise<OpenVault> {
  let opened: OpenVault;
  try {
    opened = await openVault(ctx, ctx.clock.now, ctx.settings, (store) => repairVault(ctx, store));
  } catch (error) {
    const failure = asDatabaseError(error, ctx.db);
    if (opts.readOnly !== true || !(failure instanceof DatabaseBusyError)) throw failure;
    opened = asItWas(ctx, failure);
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

/** The database without this run's ingest (another process holds the write lock), said once on stderr. */
function asItWas(ctx: CommandContext, busy: DatabaseBusyError): OpenVault {
  const store = Store.open(ctx.db);
  const who = busy.holder ?? 'another process';
  ctx.io.stderr(
    `bokseup: ${ctx.db}: the database is locked by ${who}; showing it as of its last update (changes to the vault since then are not counted)\n`,
  );
  return { store, report: storedReport(store), created: false };
}
