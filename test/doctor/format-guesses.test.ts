import { describe, expect, it } from 'vitest';
import { doubtfulGuesses, formatGuesses, type EncodingGuess } from '../../src/doctor/index.js';

const guesses: EncodingGuess[] = [
  { line: 2, column: 1, chosen: '➕', alternatives: ['❕', '⭕', '╁', '═'], confidence: 1 },
  { line: 9, column: 4, chosen: '일', alternatives: ['쁼'], confidence: 0.62 },
  { line: 9, column: 2, chosen: '잘', alternatives: ['의', '영', '쏘', '옭'], confidence: 0.514 },
  { line: 5, column: 7, chosen: '을', alternatives: [], confidence: 0.999 },
];

describe('formatGuesses', () => {
  it('lists every guess, grouped by line in order; doubtful ones with confidence and up to 3 alternatives', () => {
    expect(formatGuesses('n.md', guesses, 0.98)).toEqual([
      'n.md:2: ➕',
      'n.md:5: 을',
      'n.md:9: 잘 51% [의 영 쏘] · 일 62% [쁼]',
    ]);
  });

  it('never cuts the list: 500 guesses on 250 lines give 250 rows holding all 500', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      line: 1 + (i % 250),
      column: 1 + Math.floor(i / 250),
      chosen: '가',
      alternatives: ['각'],
      confidence: 0.5,
    }));
    const rows = formatGuesses('n.md', many, 0.98);
    expect(rows).toHaveLength(250);
    expect(rows.join('\n').match(/가 50%/g)).toHaveLength(500);
  });

  it('doubtfulGuesses: below the floor, least certain first', () => {
    expect(doubtfulGuesses(guesses, 0.98).map((g) => g.chosen)).toEqual(['잘', '일']);
  });
});
