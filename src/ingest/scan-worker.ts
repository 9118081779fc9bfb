/**
 * A worker thread of the scan pool (scan-pool.ts): reads, hashes and parses the vault files it is
 * sent, exactly as the main thread would (`scanEntry` with `parseNote`), and sends the results back
 * in the same order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TagFilter } from '../note/note-tags.js';
import { parseNote } from '../note/parse-note.js';
import type { StoredStat } from '../store/ingest-state.js';
import type { VaultEntry } from '../vault/walk.js';
import { scanEntry } from './scan-entry.js';

/** One batch to scan, and its answer. */
export interface ScanRequest {
  id: number;
  entries: VaultEntry[];
  /** The stored row of each entry's path, if any (same order). */
  prevs: (StoredStat | undefined)[];
  force: boolean;
}

/** What the pool hands each worker when it starts: the vault's tag filter, if any. */
export interface ScanWorkerData {
  tags?: TagFilter;
}

const port = parentPort;
const { tags } = (workerData ?? {}) as ScanWorkerData;
port?.on('message', (request: ScanRequest) => {
  const parse = (path: string, text: string) => parseNote(path, text, undefined, tags ? { tags } : {});
  const results = request.entries.map((e, i) => scanEntry(e, request.prevs[i], parse, request.force));
  port.postMessage({ id: request.id, results });
});
