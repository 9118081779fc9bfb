/**
 * Every command starts here: open the database and bring it up to date with the vault
 * (incremental ingest). Ingest errors are printed to stderr with file and line.
 */
import { existsSync, statSync } from 'node:fs';
import { ingestVaultLazily, type IngestReport, type ParseFn } from './ingest-vault.js';
import { DatabaseTooNewError } from '../store/errors.js';
import { Store } from '../store/store.js';
import type { FoundWalk } from '../vault/find-walk.js';
import type { CommandContext } from '../cli/context.js';
import { CliError, ExitCode } from '../cli/exit-codes.js';

export interface OpenVault {
  store: Store;
  report: IngestReport;
}

interface OpenOptions {
  /** Leave error printing to the caller. */
  quiet?: boolean;
}

/** Open the store and ingest the vault. */
export async function openVault(ctx: CommandContext, opts: OpenOptions = {}): Promise<OpenVault> {
  const { store, report } = await readVault(ctx, () => undefined, opts);
  return { store, report };
}

/**
 * Open the store, ingest the vault, and `read` from the store. When find is still listing the
 * vault, `read` runs meanwhile on the store as the last ingest left it, and its answer stands when
 * this ingest changes no note (the usual case); otherwise (also when it threw: a note it looks for
 * may be the one this ingest adds) `read` runs again after the ingest.
 */
export async function readVault<T>(
  ctx: CommandContext,
  read: (store: Store) => T,
  opts: OpenOptions = {},
): Promise<OpenVault & { value: T }> {
  const store = openStore(ctx);
  const listing = ctx.prewalk?.take() ?? null;
  const early = listing !== null && ctx.prewalk?.running() === true ? attempt(() => read(store)) : null;
  try {
    const report = await ingest(ctx, store, listing, opts);
    const changed = report.added + report.updated + report.removed > 0;
    return { store, report, value: early === null || changed ? read(store) : early.value };
  } catch (error) {
    store.close();
    throw error;
  }
}

function attempt<T>(read: () => T): { value: T } | null {
  try {
    return { value: read() };
  } catch {
    return null;
  }
}

function openStore(ctx: CommandContext): Store {
  if (!existsSync(ctx.vault) || !statSync(ctx.vault).isDirectory()) {
    throw new CliError(
      `the vault folder ${ctx.vault} does not exist (use --vault DIR or BOKSEUP_VAULT)`,
      ExitCode.usage,
    );
  }
  try {
    return Store.open(ctx.db);
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw new CliError(error.message, ExitCode.environment);
    throw error;
  }
}

/** Ingest the vault (with find's listing, if any) and print its errors unless quiet. */
async function ingest(
  ctx: CommandContext,
  store: Store,
  listing: Promise<FoundWalk | null> | null,
  opts: OpenOptions,
): Promise<IngestReport> {
  const report = await ingestVaultLazily(store, ctx.vault, loadParser, {
    now: ctx.clock.now,
    found: listing,
  });
  if (opts.quiet !== true) {
    for (const e of report.errors)
      ctx.io.stderr(`${e.path}${e.line > 0 ? `:${e.line}` : ''}: error: ${e.message} [${e.rule}]\n`);
  }
  return report;
}

/** The note parser, loaded only when some file changed (it brings the YAML and Markdown code). */
async function loadParser(): Promise<ParseFn> {
  const { parseNote } = await import('../note/parse-note.js');
  return (path, text) => parseNote(path, text);
}
