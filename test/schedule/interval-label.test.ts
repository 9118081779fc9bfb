import { describe, expect, it } from 'vitest';
import { intervalLabel, intervalLabels } from '../../src/schedule/index.js';

describe('intervalLabel', () => {
  it('prints days, months and years like Anki', () => {
    expect(intervalLabel(0)).toBe('0d');
    expect(intervalLabel(1)).toBe('1d');
    expect(intervalLabel(29)).toBe('29d');
    expect(intervalLabel(30)).toBe('1mo');
    expect(intervalLabel(45)).toBe('1.5mo');
    expect(intervalLabel(211)).toBe('7mo');
    expect(intervalLabel(346)).toBe('11.5mo');
    expect(intervalLabel(365)).toBe('1y');
    expect(intervalLabel(800)).toBe('2.2y');
  });

  it('rejects negative or non-finite input', () => {
    expect(() => intervalLabel(-1)).toThrow(RangeError);
    expect(() => intervalLabel(Number.NaN)).toThrow(RangeError);
  });

  it('labels every grade', () => {
    expect(intervalLabels({ 1: 3, 2: 149, 3: 211, 4: 346 })).toEqual({
      1: '3d',
      2: '5mo',
      3: '7mo',
      4: '11.5mo',
    });
  });
});
