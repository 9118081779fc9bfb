/**
 * The word lexicon's part of `data/ko-syllables.bin`: for stems, then suffixes, the entry count,
 * the surfaces (UTF-16 units, joined by newlines, after their length), one byte per entry (the class
 * it ends in, and for suffixes the class it attaches to in the high half) and the int16 costs.
 */
import { WORD_CLASSES, type WordClass, type WordLexicon, type WordList } from './word-lexicon.js';

/** An entry as the build script gives it (`attach` for suffixes: `N` or `V`). */
export interface WordEntry {
  surface: string;
  cls: WordClass;
  attach?: 'N' | 'V';
  cost: number;
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
  return [u32(entries.length), u32(surfaces.length), surfaces, Buffer.from(codes), Buffer.from(costs.buffer)];
}

/** The bytes of both lists (each sorted by surface, as the build script sorts them). */
export function encodeLexicon(words: {
  stems: readonly WordEntry[];
  suffixes: readonly WordEntry[];
}): Buffer[] {
  return [...encodeList(words.stems), ...encodeList(words.suffixes)];
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
  const list: WordList = {
    surfaces: count === 0 ? [] : text.split('\n'),
    classes: codes.map((c) => c & 0x0f),
    attach: codes.map((c) => c >> 4),
    costs,
  };
  return [list, at];
}

/** Reads what `encodeLexicon` wrote at `start`; returns it and the offset after it. */
export function decodeLexicon(b: Buffer, start: number): [WordLexicon, number] {
  const [stems, at] = decodeList(b, start);
  const [suffixes, end] = decodeList(b, at);
  return [{ stems, suffixes }, end];
}

/** The lists back as entries (for tests and tools). */
export function lexiconEntries(lex: WordLexicon): { stems: WordEntry[]; suffixes: WordEntry[] } {
  const entries = (list: WordList, withAttach: boolean): WordEntry[] =>
    list.surfaces.map((surface, i) => ({
      surface,
      cls: WORD_CLASSES[list.classes[i] ?? 0] ?? 'N',
      ...(withAttach ? { attach: list.attach?.[i] === 1 ? ('V' as const) : ('N' as const) } : {}),
      cost: list.costs[i] ?? 0,
    }));
  return { stems: entries(lex.stems, false), suffixes: entries(lex.suffixes, true) };
}
