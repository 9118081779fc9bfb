/**
 * Incremental ingest: bring the store up to date with the vault (DESIGN §4, §6). Reads and parses
 * outside any transaction, and writes each chunk of files in one transaction of prepared statements
 * (ingest-run.ts); renames, removals and the vault digest go in a last one.
 */
import type { Diagnostic } from '../note/diagnostic.js';
import { vaultDigest } from '../vault/vault-digest.js';
import { walkVault, type SkippedFile } from '../vault/walk.js';
import { ingestState, type IngestState } from '../store/ingest-state.js';
import { scanEntry, type ParseFn, type ScanResult } from './scan-entry.js';
import type { ScanPool } from './scan-pool.js';
import { collectScan, IngestRun, sortErrors, toIngestError } from './ingest-run.js';
import type { Store } from '../store/store.js';
import { NO_KINDS, type IngestOptions, type IngestReport } from './ingest-report.js';

export type { IngestError, IngestOptions, IngestReport } from './ingest-report.js';

export type { ParseFn, ParseResult } from './scan-entry.js';

/** Sync `root` into `store`; `parse` is the note parser (`parseNote`). Throws only if `root` is unreadable. */
export function ingestVault(store: Store, root: string, parse: ParseFn, opts: IngestOptions): IngestReport {
  const state = ingestState(store.db);
  const settled = settle(state, opts);
  const [run, skipped] = walkForIngest(store, state, root, settled);
  const report = run instanceof IngestRun ? ingestWalked(store, run, parse, settled) : run;
  return withKinds(state, report, opts, skipped);
}

/** How a lazy ingest gets its parser and, for many files, its scan pool. */
export interface LazyIngest {
  loadParse: () => Promise<ParseFn>;
  /** Starts the scan pool (scan-pool.ts); absent, or null from it: the main thread scans. */
  startPool?: () => ScanPool | null;
}

/**
 * The same, loading the parser only when a file's stat changed: a warm command on a big vault then
 * never loads the YAML and Markdown code (a tenth of `due`'s time on 10 000 notes). From POOL_FILES
 * files to read on (a cold ingest), worker threads scan them while this thread writes.
 */
export async function ingestVaultLazily(
  store: Store,
  root: string,
  lazy: LazyIngest,
  opts: IngestOptions,
): Promise<IngestReport> {
  const state = ingestState(store.db);
  const settled = settle(state, opts);
  const [run, skipped] = walkForIngest(store, state, root, settled);
  if (!(run instanceof IngestRun)) return withKinds(state, run, opts, skipped);
  const pool = run.toRead >= POOL_FILES ? (lazy.startPool?.() ?? null) : null;
  if (pool === null) {
    const parse = run.toRead > 0 ? await lazy.loadParse() : unusedParse;
    return withKinds(state, ingestWalked(store, run, parse, settled), opts, skipped);
  }
  try {
    const report = await store.bulkAsync(() => ingestInPool(run, pool, settled.force ?? false));
    return withKinds(state, report, opts, skipped);
  } finally {
    await pool.close();
  }
}

/** The options with `force` set when the settings that classify files changed since the last ingest. */
function settle(state: IngestState, opts: IngestOptions): IngestOptions {
  const key = opts.settingsKey;
  if (key === undefined || opts.force === true) return opts;
  return state.settingsKey() === key ? opts : { ...opts, force: true };
}

/**
 * The report with the vault's files counted by kind and the files the walk skipped; records the
 * settings key the files were classified by.
 */
function withKinds(
  state: IngestState,
  report: IngestReport,
  opts: IngestOptions,
  skipped: SkippedFile[],
): IngestReport {
  const key = opts.settingsKey;
  if (key !== undefined && state.settingsKey() !== key) state.setSettingsKey(key);
  const k = state.kindCounts();
  const kinds = { studyNotes: k.study, otherNotes: k.other, templates: k.template, excluded: k.excluded };
  return { ...report, ...kinds, skipped };
}

/** Walk the vault: the report at once when nothing changed since the last ingest, else the run to do. */
function walkForIngest(
  store: Store,
  state: IngestState,
  root: string,
  opts: IngestOptions,
): [IngestReport | IngestRun, SkippedFile[]] {
  const stored = opts.force === true ? null : state.digest();
  const skipped: SkippedFile[] = [];
  const entries = walkVault(root, opts.walk, skipped);
  const digest = vaultDigest(root, entries);
  if (stored === digest) return [unchangedReport(state, entries.length), skipped];
  return [new IngestRun(store, state, { entries, digest }, state.snapshot(), opts), skipped];
}

/** From this many files to read on, an ingest writes in bulk (Store.bulk). */
const BULK_FILES = 500;

/** From this many files to read on, worker threads scan them (starting them costs ~40 ms each). */
const POOL_FILES = 300;

/**
 * In the pool, files per transaction, and chunks scanned ahead of the one being written: the workers
 * never wait, and at most (1 + AHEAD) × POOL_CHUNK parsed notes are held (the bench's peak-memory
 * target is 300 MB).
 */
const POOL_CHUNK = 100;
const AHEAD = 1;

/**
 * When the walk matches the digest the last complete ingest stored (no note row changed since:
 * see migration 003), the report that reading every stored stat would give, without reading them:
 * all `n` files unchanged, and the stored problems of the files that have some.
 */
function unchangedReport(state: IngestState, n: number): IngestReport {
  const errors = state
    .liveErrors()
    .flatMap(({ path, errorJson }) =>
      (JSON.parse(errorJson) as Diagnostic[]).map((d) => toIngestError(path, d)),
    );
  return {
    scanned: n,
    added: 0,
    updated: 0,
    unchanged: n,
    removed: 0,
    errors: sortErrors(errors),
    ...NO_KINDS,
  };
}

/**
 * The report the store holds from its last ingest, without walking the vault: for a read-only
 * command that cannot ingest because another process holds the database's write lock.
 */
export function storedReport(store: Store): IngestReport {
  const state = ingestState(store.db);
  const k = state.kindCounts();
  const n = k.study + k.other + k.template + k.excluded;
  const kinds = { studyNotes: k.study, otherNotes: k.other, templates: k.template, excluded: k.excluded };
  return { ...unchangedReport(state, n), ...kinds };
}

const unusedParse: ParseFn = () => {
  throw new Error('ingest: the parser was needed for a file whose stat did not change');
};

/** Scan and write chunk by chunk (in bulk when many files are to be read). */
function ingestWalked(store: Store, run: IngestRun, parse: ParseFn, opts: IngestOptions): IngestReport {
  const force = opts.force ?? false;
  const ingest = (): IngestReport => {
    for (const chunk of run.chunks()) {
      const results = chunk.map((e) => scanEntry(e, run.live.get(e.path), parse, force));
      run.apply(collectScan(chunk, results, run.live));
    }
    return run.finish();
  };
  return run.toRead >= BULK_FILES ? store.bulk(ingest) : ingest();
}

/** The same, the chunks scanned by `pool` (AHEAD of the one written), written here in vault order. */
async function ingestInPool(run: IngestRun, pool: ScanPool, force: boolean): Promise<IngestReport> {
  const chunks = run.chunks(POOL_CHUNK);
  const scans: Promise<ScanResult[]>[] = [];
  const dispatch = (i: number) => {
    const chunk = chunks[i];
    if (chunk !== undefined && scans[i] === undefined)
      scans[i] = pool.scan(
        chunk,
        chunk.map((e) => run.live.get(e.path)),
        force,
      );
  };
  for (let i = 0; i < chunks.length; i++) {
    for (let k = i; k <= i + AHEAD; k++) dispatch(k);
    const results = await (scans[i] ?? Promise.resolve([]));
    delete scans[i]; // a written chunk's parsed notes may go
    run.apply(collectScan(chunks[i] ?? [], results, run.live));
  }
  return run.finish();
}
