import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLongLines } from '../../src/quiz/index.js';

describe('breakLongLines', () => {
  it('leaves lines up to the limit as they are', () => {
    const text = `짧은 줄\n    ${'가'.repeat(96)}\n끝`;
    expect(breakLongLines(text, 100)).toBe(text);
  });

  it('cuts a long line at spaces into lines within the limit, each indented as it was', () => {
    const line = `    ${'가나다 '.repeat(100)}`.trimEnd();
    const out = breakLongLines(`앞\n${line}\n뒤`, 50).split('\n');
    expect(out[0]).toBe('앞');
    expect(out.at(-1)).toBe('뒤');
    const middle = out.slice(1, -1);
    expect(middle.length).toBeGreaterThan(8);
    for (const l of middle) {
      expect(l.length).toBeLessThanOrEqual(54);
      expect(l.startsWith('    가')).toBe(true);
    }
    expect(middle.map((l) => l.trim()).join(' ')).toBe(line.trim());
  });

  it('cuts a line without spaces hard, losing no character', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 400 }), fc.integer({ min: 10, max: 80 }), (s, max) => {
        const line = s.replace(/[\n ]/g, 'x');
        const out = breakLongLines(line, max).split('\n');
        for (const l of out) expect(l.length).toBeLessThanOrEqual(max);
        expect(out.join('')).toBe(line);
      }),
    );
  });
});
