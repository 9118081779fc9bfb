/**
 * Every command starts here: open the vault's database and bring it up to date with the vault
 * (incremental ingest). The report's errors are the caller's to print.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParseFn } from './scan-entry.js';
import { Store } from '../store/store.js';
import { isKernelPath } from '../text/kernel-path.js';
import { UserError } from '../text/user-error.js';
import { ingestVaultLazily, type IngestReport } from './ingest-vault.js';
import { ScanPool } from './scan-pool.js';
import type { TagFilter } from '../note/note-tags.js';
import { NO_RULES, vaultScope, type VaultRules } from './vault-scope.js';

/** The scan pool's worker: beside this module in the bundle (dist/app/), absent in the sources. */
const SCAN_WORKER = new URL('./scan-worker.js', import.meta.url);

/** Where a vault and its database are. */
export interface VaultPaths {
  /** Absolute vault folder. */
  vault: string;
  /** Absolute database file. */
  db: string;
}

export interface OpenVault {
  store: Store;
  report: IngestReport;
  /** The database file did not exist: this command created it. */
  created: boolean;
}

/**
 * Open the store of `paths.db` and ingest `paths.vault` under its `rules` (what is read, which
 * notes are study notes), stamping changed rows with `now`. `beforeIngest` runs on the open store
 * first (the note writes an interrupted run still owes the vault, so the index sees them written).
 */
export async function openVault(
  paths: VaultPaths,
  now: Date,
  rules: VaultRules = NO_RULES,
  beforeIngest?: (store: Store) => Promise<void>,
): Promise<OpenVault> {
  if (!existsSync(paths.vault) || !statSync(paths.vault).isDirectory()) {
    throw new UserError(
      `the vault folder ${paths.vault} does not exist (use --vault DIR, BOKSEUP_VAULT, or "vault:" in the global config)`,
      'usage',
    );
  }
  // Before the database is made: a vault under /proc must not leave an empty database behind.
  if (isKernelPath(realpathSync(paths.vault)))
    throw new UserError(`the vault folder ${paths.vault} is on a kernel file system`, 'usage');
  const scope = await vaultScope(paths.vault, rules);
  const created = paths.db !== ':memory:' && !existsSync(paths.db);
  const store = Store.open(paths.db);
  try {
    await beforeIngest?.(store);
    const opts = { now, walk: scope.walk, settingsKey: scope.settingsKey };
    const lazy = { loadParse: () => loadParser(scope.tags), startPool: () => startScanPool(scope.tags) };
    const report = await ingestVaultLazily(store, paths.vault, lazy, opts);
    return { store, report, created };
  } catch (error) {
    store.close();
    throw error;
  }
}

function startScanPool(tags: TagFilter): ScanPool | null {
  return existsSync(fileURLToPath(SCAN_WORKER)) ? ScanPool.start(SCAN_WORKER, { data: { tags } }) : null;
}

/** The note parser, loaded only when some file changed (it brings the YAML and Markdown code). */
async function loadParser(tags: TagFilter): Promise<ParseFn> {
  const { parseNote } = await import('../note/parse-note.js');
  return (path, text) => parseNote(path, text, undefined, { tags });
}
