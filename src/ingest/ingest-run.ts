/**
 * One ingest after the walk: the vault's files in chunks, each chunk's scan written in its own
 * transaction, then renames, removals and the vault digest.
 */
import type { Diagnostic } from '../note/diagnostic.js';
import type { VaultEntry } from '../vault/walk.js';
import { NO_KINDS, type IngestError, type IngestOptions, type IngestReport } from './ingest-report.js';
import type { IngestState, StoredStat } from '../store/ingest-state.js';
import { sameStat, type ScanResult } from './scan-entry.js';
import { matchRenames, type NewFile, type RenameCandidate } from './rename-match.js';
import type { Store } from '../store/store.js';
import { recordCardKeys } from '../store/note-record.js';

/** Files read and parsed per transaction: bounds the memory of a cold ingest of a big vault. */
const CHUNK = 500;

type Changed = Extract<ScanResult, { kind: 'changed' }> & { entry: VaultEntry; prevId: string | undefined };

/** What reading a chunk of the vault found, before anything is written. */
export interface Scan {
  changed: Changed[];
  /** Files that could not be read (no row is written for them). */
  unreadable: number;
  touched: { id: string; entry: VaultEntry }[];
  unchanged: number;
  errors: IngestError[];
}

/** The vault's files and their digest (vault-digest.ts). */
export interface Walk {
  entries: readonly VaultEntry[];
  digest: string;
}

/** A chunk's Scan from the result of scanning each of its entries (in the same order). */
export function collectScan(
  entries: readonly VaultEntry[],
  results: readonly ScanResult[],
  live: ReadonlyMap<string, StoredStat>,
): Scan {
  const scan: Scan = { changed: [], touched: [], unchanged: 0, unreadable: 0, errors: [] };
  entries.forEach((entry, i) => {
    const prev = live.get(entry.path);
    const result = results[i];
    if (result === undefined) throw new Error(`ingest: no scan result for ${entry.path}`);
    scan.errors.push(...result.errors.map((d) => toIngestError(entry.path, d)));
    if (result.kind === 'changed') scan.changed.push({ ...result, entry, prevId: prev?.id });
    else if (result.kind === 'touch') scan.touched.push({ id: result.id, entry });
    else if (result.kind === 'unreadable') scan.unreadable += 1;
    if (result.kind === 'unchanged' || result.kind === 'touch') scan.unchanged += 1;
  });
  return scan;
}

export function toIngestError(path: string, d: Diagnostic): IngestError {
  return { path, line: d.line, rule: d.rule, message: d.message };
}

export function sortErrors(errors: IngestError[]): IngestError[] {
  return errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
}

/**
 * Apply chunk scans in vault order. A changed file at a known path, or any new file when no
 * stored note could be its old self (nothing vanished or removed), is written with its chunk; new
 * files that might be renames are kept for the matching at the end.
 */
export class IngestRun {
  /** The live stored note at each path. */
  readonly live: ReadonlyMap<string, StoredStat>;
  /** How many walked files must be read (stat changed, or new; all of them with `force`). */
  readonly toRead: number;
  private readonly vanished: StoredStat[];
  private readonly noRenames: boolean;
  private readonly kept: Changed[] = [];
  private unreadable = 0;
  private readonly report: IngestReport;

  constructor(
    private readonly store: Store,
    private readonly state: IngestState,
    private readonly walk: Walk,
    private readonly stored: readonly StoredStat[],
    private readonly opts: IngestOptions,
  ) {
    this.live = new Map(stored.filter((s) => !s.removed).map((s) => [s.path, s]));
    const present = new Set(walk.entries.map((e) => e.path));
    this.vanished = [...this.live.values()].filter((s) => !present.has(s.path));
    this.noRenames = this.vanished.length === 0 && !stored.some((s) => s.removed);
    this.toRead =
      opts.force === true
        ? walk.entries.length
        : walk.entries.filter((e) => !sameStat(e, this.live.get(e.path))).length;
    const n = walk.entries.length;
    this.report = { scanned: n, added: 0, updated: 0, unchanged: 0, removed: 0, errors: [], ...NO_KINDS };
  }

  /** The entries in chunks of `size` (default CHUNK), in vault order. */
  chunks(size = CHUNK): VaultEntry[][] {
    const out: VaultEntry[][] = [];
    for (let i = 0; i < this.walk.entries.length; i += size) out.push(this.walk.entries.slice(i, i + size));
    return out;
  }

  /** Write one chunk's scan in one transaction. */
  apply(scan: Scan): void {
    const now: Changed[] = [];
    for (const c of scan.changed) (c.prevId !== undefined || this.noRenames ? now : this.kept).push(c);
    this.store.transaction(() => {
      for (const t of scan.touched) this.state.touch(t.id, t.entry.size, t.entry.mtimeMs);
      for (const c of now) writeChanged(this.store, c, undefined, this.opts.now);
    });
    this.report.unchanged += scan.unchanged;
    this.report.errors.push(...scan.errors);
    this.unreadable += scan.unreadable;
    for (const c of now) this.report[c.prevId === undefined ? 'added' : 'updated'] += 1;
  }

  /** Renames, removals and the digest, in one last transaction; returns the report. */
  finish(): IngestReport {
    const renames = findRenames(this.state, this.kept, this.vanished, this.stored);
    this.store.transaction(() => {
      for (const c of this.kept) writeChanged(this.store, c, renames.get(c.entry.path), this.opts.now);
      const claimed = new Set(renames.values());
      for (const v of this.vanished) if (!claimed.has(v.id)) this.store.writer.remove(v.id, this.opts.now);
      // Every file now has a live row with its walked stat, except unreadable ones (tried again next time).
      if (this.unreadable === 0) this.state.setDigest(this.walk.digest);
    });
    sortErrors(this.report.errors);
    return countChanges(this.report, this.kept, renames, this.vanished);
  }
}

function writeChanged(store: Store, c: Changed, renamedFrom: string | undefined, now: Date): void {
  const id = c.prevId ?? renamedFrom;
  const { size, mtimeMs, path } = c.entry;
  const errors = c.errors.length > 0 ? c.errors : null;
  store.writer.upsert({
    ...(id === undefined ? {} : { id }),
    path,
    size,
    mtimeMs,
    hash: c.hash,
    note: c.note,
    errors,
    at: now,
    kind: c.noteKind,
  });
}

/** New paths that are old notes renamed (or come back): path → note id. */
function findRenames(
  state: IngestState,
  changed: readonly Changed[],
  vanished: readonly StoredStat[],
  stored: readonly StoredStat[],
): Map<string, string> {
  const files: NewFile[] = changed
    .filter((c) => c.prevId === undefined)
    .map((c) => ({ path: c.entry.path, hash: c.hash, keys: c.note ? recordCardKeys(c.note) : [] }));
  const pool = [...vanished, ...stored.filter((s) => s.removed)];
  if (files.length === 0 || pool.length === 0) return new Map();
  const needKeys = files.some((f) => f.keys.length > 0);
  const keys = needKeys ? state.cardKeys(pool.map((s) => s.id)) : new Map<string, string[]>();
  const candidates: RenameCandidate[] = pool.map((s) => ({ ...s, keys: keys.get(s.id) ?? [] }));
  return matchRenames(files, candidates);
}

/** Fill in added / updated / removed: a takeover of a vanished note is an update, a revival an addition. */
function countChanges(
  report: IngestReport,
  changed: readonly Changed[],
  renames: ReadonlyMap<string, string>,
  vanished: readonly StoredStat[],
): IngestReport {
  const vanishedIds = new Set(vanished.map((v) => v.id));
  const claimed = new Set(renames.values());
  for (const c of changed) {
    const takeover = renames.get(c.entry.path);
    if (c.prevId !== undefined || (takeover !== undefined && vanishedIds.has(takeover))) report.updated += 1;
    else report.added += 1;
  }
  report.removed = vanished.filter((v) => !claimed.has(v.id)).length;
  return report;
}
