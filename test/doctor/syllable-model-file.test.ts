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

describe('syllable model file', () => {
  it('round-trips tables of n-gram weights (float32)', () => {
    const a = new NgramCounts();
    a.addText('네임스페이스를 만든다.', 1);
    const b = new NgramCounts();
    b.addText('`ip` 명령어', 0.25);
    const file = { header: { sources: { test: '1' } }, tables: { a: a.counts, b: b.counts } };
    const back = decodeModelFile(encodeModelFile(file));
    expect(back.header).toMatchObject({ sources: { test: '1' }, tables: ['a', 'b'] });
    expect(back.tables['a']).toEqual(a.counts);
    expect(back.tables['b']?.get('명령')).toBe(0.25);
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

  it('the shipped file names its sources and holds both tables', () => {
    const header = decodeModelFile(readFileSync(shippedModelPath())).header as {
      sources: Record<string, string>;
    };
    expect(Object.keys(header.sources)).toEqual(['dictionary-ko', 'typescript']);
    const shipped = loadShippedCounts();
    expect(shipped.dictionary.weight('네트')).toBeGreaterThan(10);
    expect(shipped.messages.weight('합니')).toBeGreaterThan(100);
    expect(shipped.messages.following('합')).toBeGreaterThanOrEqual(shipped.messages.weight('합니'));
    expect(shipped.messages.weight('힣힣')).toBe(0);
    expect(shipped.messages.following('\u0001')).toBeUndefined();
  });
});

describe('packed and map tables agree', () => {
  it('on weights and history totals of every n-gram of a text', () => {
    const counts = new NgramCounts();
    counts.addText('리눅스는 네트워크 네임스페이스를 통해서 네트워크를 격리합니다. `ip` 명령어', 1);
    const file = { header: {}, tables: { t: counts.counts } };
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
