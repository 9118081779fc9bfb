import { describe, expect, it } from 'vitest';
import { formatGuesses, type EncodingGuess } from '../../src/doctor/index.js';

const guesses: EncodingGuess[] = [
  { line: 2, column: 1, chosen: '➕', alternatives: ['❕', '⭕', '╁', '═'], confidence: 0.999 },
  { line: 9, column: 4, chosen: '일', alternatives: ['쁼'], confidence: 0.62 },
  { line: 5, column: 7, chosen: '잘', alternatives: [], confidence: 0.62 },
];

describe('formatGuesses', () => {
  it('lists guesses least certain first, then by place, with a few alternatives', () => {
    expect(formatGuesses('n.md', guesses)).toEqual([
      "n.md:5:7: guessed '잘' (62%)",
      "n.md:9:4: guessed '일' (62%), could be '쁼'",
      "n.md:2:1: guessed '➕' (99%), could be '❕', '⭕', '╁'",
    ]);
  });

  it('leaves out sure guesses and says how many lines were cut', () => {
    expect(formatGuesses('n.md', guesses, { below: 0.9, limit: 1 })).toEqual([
      "n.md:5:7: guessed '잘' (62%)",
      '… and 1 more guesses',
    ]);
  });
});
