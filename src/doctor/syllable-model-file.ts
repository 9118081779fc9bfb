/**
 * The shipped syllable counts (`data/ko-syllables.bin`, built by `npm run build:model`): a gzip of
 * small binary tables, one per source, read only by the encoding repair. Layout after the magic
 * `BKS2`: a JSON header (its sources, build settings and table names), the token vocabulary (UTF-16
 * units), then for each table and n = 1, 2, 3 the n-gram count, their token ids (uint16) and their
 * weights (float32), little-endian.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { packedTable, type NgramTable } from './ngram-table.js';
import type { ShippedCounts } from './syllable-model.js';

const MAGIC = 'BKS2';
export const MODEL_FILE = 'ko-syllables.bin';

/** What the file holds: its header and, per source, the counts keyed as `NgramCounts` keys them. */
export interface ModelFile {
  header: Record<string, unknown>;
  tables: Record<string, Map<string, number>>;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

function encodeTable(counts: ReadonlyMap<string, number>, id: ReadonlyMap<string, number>): Buffer[] {
  const parts: Buffer[] = [];
  for (let n = 1; n <= 3; n++) {
    const keys = [...counts.keys()].filter((k) => k.length === n).sort();
    const ids = Uint16Array.from(keys.flatMap((k) => [...k].map((t) => id.get(t) ?? 0)));
    const weights = Float32Array.from(keys, (k) => counts.get(k) ?? 0);
    parts.push(u32(keys.length), Buffer.from(ids.buffer), Buffer.from(weights.buffer));
  }
  return parts;
}

/** The gzipped bytes of `file.tables` (keys of 1–3 tokens) with `file.header`. */
export function encodeModelFile(file: ModelFile): Buffer {
  const names = Object.keys(file.tables).sort();
  const all = names.flatMap((n) => [...(file.tables[n]?.keys() ?? [])]);
  const vocab = [...new Set(all.flatMap((k) => [...k]))].sort();
  const id = new Map(vocab.map((t, i) => [t, i]));
  const meta = Buffer.from(JSON.stringify({ ...file.header, tables: names }), 'utf8');
  const parts = [Buffer.from(MAGIC), u32(meta.length), meta, u32(vocab.length)];
  parts.push(Buffer.from(Uint16Array.from(vocab, (t) => t.charCodeAt(0)).buffer));
  for (const name of names) parts.push(...encodeTable(file.tables[name] ?? new Map(), id));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** One table as packed sorted keys (see `ngram-table.ts`) and weights. */
interface PackedTable {
  keys: Float64Array;
  weights: Float32Array;
}

/** Reads one table at `start`; returns it and the offset after it. */
function decodeTable(b: Buffer, start: number): [PackedTable, number] {
  const keys: number[] = [];
  const weights: number[] = [];
  let at = start;
  for (let n = 1; n <= 3; n++) {
    const count = b.readUInt32LE(at);
    at += 4;
    let w = at + count * n * 2;
    for (let e = 0; e < count; e++, w += 4) {
      let key = 0;
      for (let j = 0; j < n; j++, at += 2) key = key * 65_536 + b.readUInt16LE(at) + 1;
      keys.push(key);
      weights.push(b.readFloatLE(w));
    }
    at = w;
  }
  return [{ keys: Float64Array.from(keys), weights: Float32Array.from(weights) }, at];
}

/** The file's header, vocabulary and packed tables; throws on a file of another format. */
function decodePacked(gz: Uint8Array) {
  const b = gunzipSync(gz);
  if (b.subarray(0, 4).toString('latin1') !== MAGIC) throw new Error('not a bokseup syllable model');
  const metaLength = b.readUInt32LE(4);
  const header = JSON.parse(b.subarray(8, 8 + metaLength).toString('utf8')) as ModelFile['header'];
  let at = 8 + metaLength;
  const vocabSize = b.readUInt32LE(at);
  at += 4;
  const vocab: string[] = [];
  for (let i = 0; i < vocabSize; i++, at += 2) vocab.push(String.fromCharCode(b.readUInt16LE(at)));
  const tables: Record<string, PackedTable> = {};
  for (const name of header['tables'] as string[]) [tables[name], at] = decodeTable(b, at);
  return { header, vocab, tables };
}

/** Reads what `encodeModelFile` wrote, as Maps. */
export function decodeModelFile(gz: Uint8Array): ModelFile {
  const { header, vocab, tables } = decodePacked(gz);
  const unpack = (key: number): string => {
    let s = '';
    for (let k = key; k > 0; k = Math.floor(k / 65_536)) s = (vocab[(k % 65_536) - 1] ?? '') + s;
    return s;
  };
  const maps: ModelFile['tables'] = {};
  for (const [name, t] of Object.entries(tables))
    maps[name] = new Map([...t.keys].map((k, i) => [unpack(k), t.weights[i] ?? 0]));
  return { header, tables: maps };
}

/** The shipped file: `data/` of the package, found upwards from this module (src, dist or the bundle). */
export function shippedModelPath(from: string = fileURLToPath(import.meta.url)): string {
  let dir = path.dirname(from);
  for (let up = 0; up < 6; up++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'data', MODEL_FILE);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`the Korean syllable model (data/${MODEL_FILE}) is missing: reinstall bokseup`);
}

/** Reads what `encodeModelFile` wrote, as tables ready for the model (no Map is built). */
export function decodeModelTables(gz: Uint8Array): {
  header: ModelFile['header'];
  tables: Record<string, NgramTable>;
} {
  const { header, vocab, tables } = decodePacked(gz);
  const out: Record<string, NgramTable> = {};
  for (const [name, t] of Object.entries(tables)) out[name] = packedTable(vocab, t.keys, t.weights);
  return { header, tables: out };
}

let shipped: ShippedCounts | null = null;

/** Reads the shipped counts (once per process). */
export function loadShippedCounts(): ShippedCounts {
  if (shipped === null) {
    const { tables } = decodeModelTables(readFileSync(shippedModelPath()));
    const [dictionary, messages] = [tables['dictionary'], tables['messages']];
    if (dictionary === undefined || messages === undefined)
      throw new Error(`data/${MODEL_FILE} lacks the dictionary or the messages table: rebuild it`);
    shipped = { dictionary, messages };
  }
  return shipped;
}
