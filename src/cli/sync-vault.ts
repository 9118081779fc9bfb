/**
 * The first act of every command that reads the vault: open its database, ingest, and print the
 * notes with errors to stderr (file and line), unless the command reports them itself.
 */
import { openVault, type OpenVault } from '../ingest/open-vault.js';
import { storedReport } from '../ingest/ingest-vault.js';
import { asDatabaseError } from '../store/database-error.js';
import { DatabaseBusyError } from '../store/errors.js';
import { Store } from '../store/store.js';
import type { CommandContext } from './context.js';

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
    opened = await openVault(ctx, ctx.clock.now, ctx.settings);
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
