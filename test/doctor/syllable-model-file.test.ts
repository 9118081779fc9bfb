import { describe, expect, it } from 'vitest';
import {
  mapTable,
  decodeModelFile,
  decodeModelTables,
  encodeModelFile,
  loadShippedCounts,
  shippedModelPath,
  NgramCounts,
  tokenStream,
} from '../../src/doctor/index.js';
import { readFileSync } from 'node:fs';
import { modelHeader } from '../../scripts/ko-model/model-header.mjs';

const words = {
  stems: [
    { surface: '네트워크', cls: 'N' as const, cost: 1200, left: 2, right: 1 },
    { surface: '잘', cls: 'M' as const, cost: -40, left: 1, right: 0 },
  ],
  suffixes: [{ surface: '를', cls: 'J' as const, attach: 'N' as const, cost: 529, left: 0, right: 2 }],
  connection: {
    leftCount: 3,
    start: 0,
    afterOther: 2,
    costs: Int16Array.of(1, -2, 3, 4, 5, 6, -700, 8, 9),
  },
};

describe('syllable model file', () => {
  it('round-trips tables of n-gram weights (float32), the word lists and the connection costs', () => {
    const a = new NgramCounts();
    a.addText('네임스페이스를 만든다.', 1);
    const b = new NgramCounts();
    b.addText('`ip` 명령어', 0.25);
    const file = { header: { sources: { test: '1' } }, tables: { a: a.counts, b: b.counts }, words };
    const back = decodeModelFile(encodeModelFile(file));
    expect(back.header).toMatchObject({ sources: { test: '1' }, tables: ['a', 'b'] });
    expect(back.tables['a']).toEqual(a.counts);
    expect(back.tables['b']?.get('명령')).toBe(0.25);
    expect(back.words).toEqual(words);
  });

  it('tokenises syllables, spaces and everything else', () => {
    expect(tokenStream('`ip` 명령어를 쓴다.')).toEqual([
      ' ',
      '#',
      ' ',
      '명',
      '령',
      '어',
      '를',
      ' ',
      '쓴',
      '다',
      '#',
      ' ',
    ]);
  });

  it('the shipped file was built from the sources and settings the build script names now', () => {
    // A changed source version or setting without `npm run build:model` fails here.
    const header = decodeModelTables(readFileSync(shippedModelPath())).header;
    expect(header).toEqual({ ...modelHeader(), tables: ['cldr', 'lexicon', 'text'] });
    expect(Object.keys(modelHeader().sources)).not.toContain('dictionary-ko');
  });

  it('the shipped file holds the three tables and the word lexicon', () => {
    const shipped = loadShippedCounts();
    expect(shipped.tables.text.weight('합니')).toBeGreaterThan(100);
    expect(shipped.tables.text.following('합')).toBeGreaterThanOrEqual(shipped.tables.text.weight('합니'));
    expect(shipped.tables.lexicon.weight('네트')).toBeGreaterThan(0.5);
    expect(shipped.tables.cldr.weight('국기')).toBeGreaterThan(1);
    expect(shipped.tables.text.weight('힣힣')).toBe(0);
    expect(shipped.tables.text.following('\u0001')).toBeUndefined();
    expect(shipped.words.stems.surfaces.length).toBeGreaterThan(300_000);
    expect(shipped.words.stems.surfaces).toContain('커널');
    expect(shipped.words.suffixes.surfaces).toContain('습니다');
    // MeCab's matrix collapsed to classes of parts of speech: small.
    const c = shipped.words.connection;
    expect(c?.leftCount).toBeGreaterThan(40);
    expect(c?.costs.length).toBeLessThan(10_000);
  });
});

describe('packed and map tables agree', () => {
  it('on weights and history totals of every n-gram of a text', () => {
    const counts = new NgramCounts();
    counts.addText('리눅스는 네트워크 네임스페이스를 통해서 네트워크를 격리합니다. `ip` 명령어', 1);
    const file = { header: {}, tables: { t: counts.counts }, words: { stems: [], suffixes: [] } };
    const unpacked = decodeModelFile(encodeModelFile(file)).tables['t'] ?? new Map<string, number>();
    const map = mapTable(unpacked);
    const packed = decodeModelTables(encodeModelFile(file)).tables['t'];
    if (packed === undefined) throw new Error('no table t');
    for (const key of counts.counts.keys()) {
      expect(packed.weight(key)).toBe(map.weight(key));
      if (key.length > 1)
        expect(packed.following(key.slice(0, -1))).toBeCloseTo(map.following(key.slice(0, -1)) ?? -1);
    }
    expect(packed.total).toBeCloseTo(map.total);
  });
});
