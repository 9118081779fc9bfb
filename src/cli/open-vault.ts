/**
 * Every command starts here: open the database and bring it up to date with the vault
 * (incremental ingest). Ingest errors are printed to stderr with file and line.
 */
import { existsSync, statSync } from 'node:fs';
import { ingestVaultLazily, type IngestReport, type ParseFn } from '../store/ingest.js';
import { DatabaseTooNewError } from '../store/errors.js';
import { Store } from '../store/store.js';
import type { CommandContext } from './context.js';
import { CliError, ExitCode } from './exit-codes.js';

export interface OpenVault {
  store: Store;
  report: IngestReport;
}

/** Open the store and ingest the vault. `quiet` leaves error printing to the caller. */
export async function openVault(ctx: CommandContext, opts: { quiet?: boolean } = {}): Promise<OpenVault> {
  if (!existsSync(ctx.vault) || !statSync(ctx.vault).isDirectory()) {
    throw new CliError(
      `the vault folder ${ctx.vault} does not exist (use --vault DIR or BOKSEUP_VAULT)`,
      ExitCode.usage,
    );
  }
  let store: Store;
  try {
    store = Store.open(ctx.db);
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw new CliError(error.message, ExitCode.environment);
    throw error;
  }
  const report = await ingestVaultLazily(store, ctx.vault, loadParser, {
    now: ctx.clock.now,
    found: ctx.prewalk?.take(),
  });
  if (opts.quiet !== true) {
    for (const e of report.errors)
      ctx.io.stderr(`${e.path}${e.line > 0 ? `:${e.line}` : ''}: error: ${e.message} [${e.rule}]\n`);
  }
  return { store, report };
}

/** The note parser, loaded only when some file changed (it brings the YAML and Markdown code). */
async function loadParser(): Promise<ParseFn> {
  const { parseNote } = await import('../note/parse-note.js');
  return (path, text) => parseNote(path, text);
}
