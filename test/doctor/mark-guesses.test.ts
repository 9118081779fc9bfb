import { describe, expect, it } from 'vitest';
import { findMarks, markGuesses, type EncodingGuess } from '../../src/doctor/index.js';

const text = ['---', '➕과목: 리눅스', '---', '- 영향을 `의미` 준다', '```Bash', '# 의미', '```', ''].join(
  '\n',
);
const g = (line: number, column: number, chosen: string, confidence: number): EncodingGuess => ({
  line,
  column,
  chosen,
  alternatives: ['의', '잘'],
  confidence,
});

describe('markGuesses', () => {
  const guesses = [
    g(2, 1, '➕', 0.5),
    g(4, 3, '영', 0.6),
    g(4, 5, '을', 0.99),
    g(4, 8, '의', 0.5),
    g(6, 3, '의', 0.5),
  ];
  const r = markGuesses(text, guesses, 0.98);

  it('wraps doubtful guesses of the body only: not the frontmatter, code spans or code blocks', () => {
    expect(r.marked).toBe(1);
    expect(r.text.split('\n')[3]).toBe(
      '- <mark class="bokseup-guess" title="could be 의, 잘">영</mark>향을 `의미` 준다',
    );
    expect(r.text.split('\n').filter((_, i) => i !== 3)).toEqual(text.split('\n').filter((_, i) => i !== 3));
  });

  it('moves the guesses of a marked line to where their characters now are', () => {
    const lines = r.text.split('\n').map((l) => [...l]);
    for (const m of r.guesses) expect(lines[m.line - 1]?.[m.column - 1]).toBe(m.chosen);
  });

  it('findMarks finds them back, line and character', () => {
    expect(findMarks(r.text)).toEqual([{ line: 4, chosen: '영' }]);
    expect(findMarks('==영==향을 <mark>x</mark>')).toEqual([]);
  });
});
