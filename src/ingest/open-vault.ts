/**
 * Every command starts here: open the vault's database and bring it up to date with the vault
 * (incremental ingest). The report's errors are the caller's to print.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParseFn } from './scan-entry.js';
import { Store } from '../store/store.js';
import { UserError } from '../text/user-error.js';
import { ingestVaultLazily, type IngestReport } from './ingest-vault.js';
import { ScanPool } from './scan-pool.js';

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
}

/** Open the store of `paths.db` and ingest `paths.vault`, stamping changed rows with `now`. */
export async function openVault(paths: VaultPaths, now: Date): Promise<OpenVault> {
  if (!existsSync(paths.vault) || !statSync(paths.vault).isDirectory()) {
    throw new UserError(
      `the vault folder ${paths.vault} does not exist (use --vault DIR or BOKSEUP_VAULT)`,
      'usage',
    );
  }
  const store = Store.open(paths.db);
  try {
    const lazy = { loadParse: loadParser, startPool: startScanPool };
    return { store, report: await ingestVaultLazily(store, paths.vault, lazy, { now }) };
  } catch (error) {
    store.close();
    throw error;
  }
}

function startScanPool(): ScanPool | null {
  return existsSync(fileURLToPath(SCAN_WORKER)) ? ScanPool.start(SCAN_WORKER) : null;
}

/** The note parser, loaded only when some file changed (it brings the YAML and Markdown code). */
async function loadParser(): Promise<ParseFn> {
  const { parseNote } = await import('../note/parse-note.js');
  return (path, text) => parseNote(path, text);
}
