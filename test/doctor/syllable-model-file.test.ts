import { describe, expect, it } from 'vitest';
import {
  decodeModelFile,
  encodeModelFile,
  loadShippedCounts,
  shippedModelPath,
} from '../../src/doctor/syllable-model-file.js';
import { NgramCounts, tokenStream } from '../../src/doctor/syllable-ngrams.js';
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
    expect(shipped.dictionary.size).toBeGreaterThan(100_000);
    expect(shipped.messages.get('합니')).toBeGreaterThan(100);
  });
});
