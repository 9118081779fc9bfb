/**
 * Incremental ingest: bring the store up to date with the vault (DESIGN §4, §6). Reads and parses
 * outside any transaction, then writes everything in one transaction of prepared statements.
 */
import type { Diagnostic } from '../note/diagnostic.js';
import { vaultDigest } from '../vault/vault-digest.js';
import { walkVault, type VaultEntry } from '../vault/walk.js';
import { ingestState, type IngestState, type StoredStat } from './ingest-state.js';
import { scanEntry, type ParseFn } from './ingest-scan.js';
import { collectScan, IngestRun, sortErrors, toIngestError, type Walk } from './ingest-run.js';
import type { Store } from './store.js';

export type { ParseFn, ParseResult } from './ingest-scan.js';

/** One problem in the report: exactly the `errors[]` items of `bokseup ingest --json`. */
export interface IngestError {
  path: string;
  line: number;
  rule: string;
  message: string;
}

/** Exactly the JSON of `bokseup ingest --json`. Renamed notes count as updated. */
export interface IngestReport {
  scanned: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Fatal problems of every file that is bad now, changed or not, sorted by path and line. */
  errors: IngestError[];
}

export interface IngestOptions {
  /** Stamped on changed rows (`ingested_at`) and removed ones (`removed_at`). */
  now: Date;
  /** Parse every file even when unchanged (after a parser upgrade). */
  force?: boolean;
}

/** Sync `root` into `store`; `parse` is the note parser (`parseNote`). Throws only if `root` is unreadable. */
export function ingestVault(store: Store, root: string, parse: ParseFn, opts: IngestOptions): IngestReport {
  const state = ingestState(store.db);
  const entries = walkVault(root);
  const walked = { entries, digest: vaultDigest(root, entries) };
  return (
    unchangedSince(state, walked.digest, entries.length, opts) ??
    ingestWalked(store, state, walked, state.snapshot(), parse, opts)
  );
}

/**
 * The same, loading the parser only when a file's stat changed: a warm command on a big vault then
 * never loads the YAML and Markdown code (a tenth of `due`'s time on 10 000 notes).
 */
export async function ingestVaultLazily(
  store: Store,
  root: string,
  loadParse: () => Promise<ParseFn>,
  opts: IngestOptions,
): Promise<IngestReport> {
  const state = ingestState(store.db);
  const entries = walkVault(root);
  const digest = vaultDigest(root, entries);
  const unchanged = unchangedSince(state, digest, entries.length, opts);
  if (unchanged) return unchanged;
  const stored = state.snapshot();
  const live = new Map(stored.filter((s) => !s.removed).map((s) => [s.path, s]));
  const toRead =
    opts.force === true ? entries.length : entries.filter((e) => statDiffers(e, live.get(e.path))).length;
  const parse = toRead > 0 ? await loadParse() : unusedParse;
  const ingest = () => ingestWalked(store, state, { entries, digest }, stored, parse, opts);
  return toRead >= BULK_FILES ? store.bulk(ingest) : ingest();
}

/** From this many files to read on, an ingest writes in bulk (Store.bulk). */
const BULK_FILES = 500;

/**
 * When the walk matches the digest the last complete ingest stored (no note row changed since:
 * see migration 003), the report that reading every stored stat would give, without reading them:
 * every file unchanged, and the stored problems of the files that have some.
 */
function unchangedSince(
  state: IngestState,
  digest: string,
  n: number,
  opts: IngestOptions,
): IngestReport | null {
  if (opts.force === true || state.digest() !== digest) return null;
  const errors = state
    .liveErrors()
    .flatMap(({ path, errorJson }) =>
      (JSON.parse(errorJson) as Diagnostic[]).map((d) => toIngestError(path, d)),
    );
  return { scanned: n, added: 0, updated: 0, unchanged: n, removed: 0, errors: sortErrors(errors) };
}

function statDiffers(entry: VaultEntry, prev: StoredStat | undefined): boolean {
  return prev === undefined || prev.size !== entry.size || prev.mtimeMs !== entry.mtimeMs;
}

const unusedParse: ParseFn = () => {
  throw new Error('ingest: the parser was needed for a file whose stat did not change');
};

/** Scan and write chunk by chunk, in this thread. */
function ingestWalked(
  store: Store,
  state: IngestState,
  walk: Walk,
  stored: readonly StoredStat[],
  parse: ParseFn,
  opts: IngestOptions,
): IngestReport {
  const run = new IngestRun(store, state, walk, stored, opts);
  const force = opts.force ?? false;
  const scanOne = (entry: VaultEntry, prev: StoredStat | undefined) => scanEntry(entry, prev, parse, force);
  for (const chunk of run.chunks()) run.apply(collectScan(chunk, scanOne, run.live));
  return run.finish();
}
