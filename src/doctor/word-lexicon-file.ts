/**
 * The word lexicon's part of `data/ko-syllables.bin`: for stems, then suffixes, the entry count,
 * the surfaces (UTF-16 units, joined by newlines, after their length), one byte per entry (the class
 * it ends in, and for suffixes the class it attaches to in the high half), the int16 costs and two
 * bytes per entry (its left and right connection class); then the connection costs between those
 * classes (`Connection`: its sizes and marker classes as uint32, the int16 costs).
 */
import {
  WORD_CLASSES,
  type Connection,
  type WordClass,
  type WordLexicon,
  type WordList,
} from './word-lexicon.js';

/** An entry as the build script gives it (`attach` for suffixes: `N` or `V`). */
export interface WordEntry {
  surface: string;
  cls: WordClass;
  attach?: 'N' | 'V';
  cost: number;
  /** Its MeCab connection classes (see `Connection`); 0 when absent. */
  left?: number;
  right?: number;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

function encodeList(entries: readonly WordEntry[]): Buffer[] {
  const surfaces = Buffer.from(entries.map((e) => e.surface).join('\n'), 'utf16le');
  const codes = Uint8Array.from(entries, (e) => {
    const cls = WORD_CLASSES.indexOf(e.cls);
    if (cls < 0) throw new Error(`unknown word class ${e.cls} (${e.surface})`);
    return cls | (e.attach === 'V' ? 0x10 : 0);
  });
  const costs = Int16Array.from(entries, (e) => e.cost);
  const sides = Uint8Array.from(entries.flatMap((e) => [e.left ?? 0, e.right ?? 0]));
  const head = [u32(entries.length), u32(surfaces.length), surfaces];
  return [...head, Buffer.from(codes), Buffer.from(costs.buffer), Buffer.from(sides)];
}

function encodeConnection(c: Connection | undefined): Buffer[] {
  if (c === undefined) return [u32(0)];
  const sizes = [c.costs.length / c.leftCount, c.leftCount, c.start, c.afterOther].map(u32);
  return [...sizes, Buffer.from(c.costs.buffer, c.costs.byteOffset, c.costs.byteLength)];
}

/** The bytes of both lists (each sorted by surface, as the build script sorts them) and the connection costs. */
export function encodeLexicon(words: {
  stems: readonly WordEntry[];
  suffixes: readonly WordEntry[];
  connection?: Connection;
}): Buffer[] {
  return [...encodeList(words.stems), ...encodeList(words.suffixes), ...encodeConnection(words.connection)];
}

function decodeList(b: Buffer, start: number): [WordList, number] {
  const count = b.readUInt32LE(start);
  const bytes = b.readUInt32LE(start + 4);
  let at = start + 8;
  const text = b.toString('utf16le', at, at + bytes);
  at += bytes;
  const codes = Uint8Array.from(b.subarray(at, at + count));
  at += count;
  const costBytes = new Uint8Array(count * 2);
  costBytes.set(b.subarray(at, at + count * 2));
  const costs = new Int16Array(costBytes.buffer);
  at += count * 2;
  const sides = b.subarray(at, at + count * 2);
  at += count * 2;
  const list: WordList = {
    surfaces: count === 0 ? [] : text.split('\n'),
    classes: codes.map((c) => c & 0x0f),
    attach: codes.map((c) => c >> 4),
    costs,
    left: Uint8Array.from({ length: count }, (_, i) => sides[2 * i] ?? 0),
    right: Uint8Array.from({ length: count }, (_, i) => sides[2 * i + 1] ?? 0),
  };
  return [list, at];
}

function decodeConnection(b: Buffer, start: number): [Connection | undefined, number] {
  const rows = b.readUInt32LE(start);
  if (rows === 0) return [undefined, start + 4];
  const [leftCount, begin, afterOther] = [1, 2, 3].map((k) => b.readUInt32LE(start + 4 * k));
  const at = start + 16;
  const bytes = new Uint8Array(rows * (leftCount ?? 0) * 2);
  bytes.set(b.subarray(at, at + bytes.length));
  const costs = new Int16Array(bytes.buffer);
  return [
    { leftCount: leftCount ?? 0, start: begin ?? 0, afterOther: afterOther ?? 0, costs },
    at + bytes.length,
  ];
}

/** Reads what `encodeLexicon` wrote at `start`; returns it and the offset after it. */
export function decodeLexicon(b: Buffer, start: number): [WordLexicon, number] {
  const [stems, at] = decodeList(b, start);
  const [suffixes, next] = decodeList(b, at);
  const [connection, end] = decodeConnection(b, next);
  return [connection === undefined ? { stems, suffixes } : { stems, suffixes, connection }, end];
}

/** The lists back as entries (for tests and tools). */
export function lexiconEntries(lex: WordLexicon): {
  stems: WordEntry[];
  suffixes: WordEntry[];
  connection?: Connection;
} {
  const entries = (list: WordList, withAttach: boolean): WordEntry[] =>
    list.surfaces.map((surface, i) => ({
      surface,
      cls: WORD_CLASSES[list.classes[i] ?? 0] ?? 'N',
      ...(withAttach ? { attach: list.attach?.[i] === 1 ? ('V' as const) : ('N' as const) } : {}),
      cost: list.costs[i] ?? 0,
      left: list.left?.[i] ?? 0,
      right: list.right?.[i] ?? 0,
    }));
  const lists = { stems: entries(lex.stems, false), suffixes: entries(lex.suffixes, true) };
  return lex.connection === undefined ? lists : { ...lists, connection: lex.connection };
}
