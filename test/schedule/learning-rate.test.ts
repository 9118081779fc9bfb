import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRate, learningRateTenths, progressBar } from '../../src/schedule/index.js';
import { fieldsOf } from './helpers.js';

describe('learningRateTenths', () => {
  it('weights d1, d4, d7 two tenths each, long-term four, d14 nothing', () => {
    expect(learningRateTenths(fieldsOf('2024-08-08'))).toBe(0);
    expect(learningRateTenths(fieldsOf('2024-08-08', ['d1']))).toBe(2);
    expect(learningRateTenths(fieldsOf('2024-08-08', ['d1', 'd4', 'd7', 'd14']))).toBe(6);
    expect(learningRateTenths(fieldsOf('2024-08-08', ['d14']))).toBe(0);
    expect(learningRateTenths(fieldsOf('2024-08-08', ['longTerm']))).toBe(4);
    expect(learningRateTenths(fieldsOf('2024-08-08', ['d1', 'd4', 'd7', 'd14', 'longTerm']))).toBe(10);
  });
});

describe('formatRate', () => {
  it("writes the template's own form: 0, 0.2 … 0.8, 1, without floating-point noise", () => {
    expect([0, 2, 4, 6, 8, 10].map((t) => formatRate(t))).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
    expect(formatRate(3)).toBe('0.3');
  });

  it('writes one decimal everywhere in the one-decimal style a profile can ask for', () => {
    expect([0, 6, 10].map((t) => formatRate(t, 'one-decimal'))).toEqual(['0.0', '0.6', '1.0']);
  });

  it('rejects values that are not whole tenths in range', () => {
    expect(() => formatRate(0.6)).toThrow(RangeError);
    expect(() => formatRate(11)).toThrow(RangeError);
    expect(() => formatRate(-1)).toThrow(RangeError);
  });
});

describe('progressBar', () => {
  it('draws the seed value exactly', () => {
    expect(progressBar(6)).toBe('🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%');
    expect(progressBar(0)).toBe('⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜ 0%');
    expect(progressBar(10)).toBe('🟩🟩🟩🟩🟩🟩🟩🟩🟩🟩 100%');
  });

  it('always has ten cells and a percent matching the filled cells', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (t) => {
        const [cells = '', percent] = progressBar(t).split(' ');
        const chars = [...cells];
        expect(chars).toHaveLength(10);
        expect(chars.filter((c) => c === '🟩')).toHaveLength(t);
        expect(percent).toBe(`${t * 10}%`);
      }),
    );
  });

  it('rejects out-of-range input', () => {
    expect(() => progressBar(12)).toThrow(RangeError);
  });
});
