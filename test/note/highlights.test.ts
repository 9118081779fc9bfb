import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHighlights, unmarkHighlights } from '../../src/note/index.js';

const inners = (text: string): string[] => findHighlights(text).map((h) => h.inner);

describe('findHighlights', () => {
  it('finds spans with their offsets', () => {
    expect(findHighlights('a ==b c== d')).toEqual([{ start: 2, end: 9, inner: 'b c' }]);
  });

  it('finds several spans on one line, including adjacent ones', () => {
    expect(inners('==각 네임스페이스마다== ==인터페이스를 가진다.==')).toEqual([
      '각 네임스페이스마다',
      '인터페이스를 가진다.',
    ]);
    expect(inners('==a====b==')).toEqual(['a====b']);
  });

  it('ignores comparisons, equality runs and unclosed marks', () => {
    expect(inners('if a == b and c == d')).toEqual([]);
    expect(inners('a === b === c')).toEqual([]);
    expect(inners('==open but never closed')).toEqual([]);
    expect(inners('== spaced ==')).toEqual([]);
  });

  it('skips code spans, but a highlight may contain one', () => {
    expect(inners('`==code==` and ``x ==y== z``')).toEqual([]);
    expect(inners('==`ip link`로 확인==')).toEqual(['`ip link`로 확인']);
    expect(inners('==a `==` b==')).toEqual(['a `==` b']);
  });

  it('treats a backslash-escaped = as literal', () => {
    expect(inners('\\==not==')).toEqual([]);
  });

  it('spans soft line breaks inside one block', () => {
    expect(inners('line one ==and\nline two==')).toEqual(['and\nline two']);
  });

  it('unmarks every span', () => {
    expect(unmarkHighlights('x ==a== y ==b==')).toEqual('x a y b');
  });

  it('property: spans are ordered, non-overlapping and their inner text is the source between the marks', () => {
    const piece = fc.constantFrom('==', '=', '`', ' ', 'a', '가', '\\', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        let last = 0;
        for (const h of findHighlights(text)) {
          expect(h.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(h.start, h.end)).toBe(`==${h.inner}==`);
          last = h.end;
        }
      }),
    );
  });

  it('property: wrapping plain words in == makes exactly one highlight', () => {
    const word = fc.stringMatching(/^[가-힣a-z][가-힣a-z ]{0,10}[가-힣a-z]$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(inners(`${a} ==${b}== ${a}`)).toEqual([b]);
      }),
    );
  });
});
