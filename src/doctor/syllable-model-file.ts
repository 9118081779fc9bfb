/**
 * The shipped syllable counts (`data/ko-syllables.bin`, built by `npm run build:model`): a gzip of
 * small binary tables, read only by the encoding repair. Layout after the magic `BKS3`: a JSON
 * header (its sources, build settings and table names), the token vocabulary (UTF-16 units), then
 * for each table and n = 1, 2, 3 the n-gram count, their token ids (uint16) and their weights
 * (float32), then the word lexicon (`word-lexicon-file.ts`), little-endian.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { packedTable, type NgramTable } from './ngram-table.js';
import type { ShippedCounts } from './syllable-model.js';
import { decodeLexicon, encodeLexicon, lexiconEntries, type WordEntry } from './word-lexicon-file.js';
import type { Connection, WordLexicon } from './word-lexicon.js';

const MAGIC = 'BKS3';
/** The n-gram tables the repair mixes (see `syllable-model.ts`). */
export const TABLES = ['cldr', 'lexicon', 'text'] as const;
export const MODEL_FILE = 'ko-syllables.bin';

/** What the file holds: its header, per source the counts keyed as `NgramCounts` keys them, the words. */
export interface ModelFile {
  header: Record<string, unknown>;
  tables: Record<string, Map<string, number>>;
  words: { stems: readonly WordEntry[]; suffixes: readonly WordEntry[]; connection?: Connection };
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
  parts.push(...encodeLexicon(file.words));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** One table as packed sorted keys (see `ngram-table.ts`) and weights. */
interface PackedTable {
  keys: Float64Array;
  weights: Float32Array;
}

/** `count` little-endian values at `at`, copied out (the offsets in the file are not aligned). */
function view<T>(b: Buffer, at: number, count: number, size: number, make: (ab: ArrayBuffer) => T): T {
  const copy = new Uint8Array(count * size);
  copy.set(b.subarray(at, at + count * size));
  return make(copy.buffer);
}

/** Reads one table at `start`; returns it and the offset after it. */
function decodeTable(b: Buffer, start: number): [PackedTable, number] {
  const parts: { keys: Float64Array; weights: Float32Array }[] = [];
  let at = start;
  for (let n = 1; n <= 3; n++) {
    const count = b.readUInt32LE(at);
    at += 4;
    const ids = view(b, at, count * n, 2, (ab) => new Uint16Array(ab));
    at += count * n * 2;
    const weights = view(b, at, count, 4, (ab) => new Float32Array(ab));
    at += count * 4;
    const keys = new Float64Array(count);
    for (let e = 0, j = 0; e < count; e++) {
      let key = 0;
      for (let k = 0; k < n; k++, j++) key = key * 65_536 + (ids[j] ?? 0) + 1;
      keys[e] = key;
    }
    parts.push({ keys, weights });
  }
  const concat = <A extends Float64Array | Float32Array>(
    make: (n: number) => A,
    pick: (p: PackedTable) => A,
  ): A => {
    const out = make(parts.reduce((n, p) => n + pick(p).length, 0));
    let o = 0;
    for (const p of parts) out.set(pick(p), (o += pick(p).length) - pick(p).length);
    return out;
  };
  const keys = concat(
    (n) => new Float64Array(n),
    (p) => p.keys,
  );
  return [
    {
      keys,
      weights: concat(
        (n) => new Float32Array(n),
        (p) => p.weights,
      ),
    },
    at,
  ];
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
  const [words] = decodeLexicon(b, at);
  return { header, vocab, tables, words };
}

/** Reads what `encodeModelFile` wrote, as Maps. */
export function decodeModelFile(gz: Uint8Array): ModelFile {
  const { header, vocab, tables, words } = decodePacked(gz);
  const unpack = (key: number): string => {
    let s = '';
    for (let k = key; k > 0; k = Math.floor(k / 65_536)) s = (vocab[(k % 65_536) - 1] ?? '') + s;
    return s;
  };
  const maps: ModelFile['tables'] = {};
  for (const [name, t] of Object.entries(tables))
    maps[name] = new Map([...t.keys].map((k, i) => [unpack(k), t.weights[i] ?? 0]));
  return { header, tables: maps, words: lexiconEntries(words) };
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
  words: WordLexicon;
} {
  const { header, vocab, tables, words } = decodePacked(gz);
  const out: Record<string, NgramTable> = {};
  for (const [name, t] of Object.entries(tables)) out[name] = packedTable(vocab, t.keys, t.weights);
  return { header, tables: out, words };
}

let shipped: ShippedCounts | null = null;

/** Reads the shipped counts (once per process). */
export function loadShippedCounts(): ShippedCounts {
  if (shipped === null) {
    const { tables, words } = decodeModelTables(readFileSync(shippedModelPath()));
    const [cldr, lexicon, text] = TABLES.map((name) => tables[name]);
    if (cldr === undefined || lexicon === undefined || text === undefined)
      throw new Error(`data/${MODEL_FILE} lacks one of the tables ${TABLES.join(', ')}: rebuild it`);
    shipped = { tables: { cldr, lexicon, text }, words };
  }
  return shipped;
}
