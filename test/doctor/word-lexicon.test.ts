import { describe, expect, it } from 'vitest';
import {
  decodeLexicon,
  encodeLexicon,
  loadShippedCounts,
  rescoreWords,
  wordAnalysis,
  wordCost,
  type WordEntry,
} from '../../src/doctor/index.js';

function lexicon(stems: WordEntry[], suffixes: WordEntry[]) {
  const sort = (l: WordEntry[]) => [...l].sort((a, b) => (a.surface < b.surface ? -1 : 1));
  return decodeLexicon(Buffer.concat(encodeLexicon({ stems: sort(stems), suffixes: sort(suffixes) })), 0)[0];
}

const small = lexicon(
  [
    { surface: '서버', cls: 'N', cost: 1000 },
    { surface: '설정', cls: 'N', cost: 1200 },
    { surface: '크', cls: 'V', cost: 800 },
    { surface: '잘', cls: 'M', cost: 1100 },
    { surface: '진다', cls: 'E', cost: 900 },
  ],
  [
    { surface: '를', cls: 'J', attach: 'N', cost: 500 },
    { surface: '는', cls: 'J', attach: 'N', cost: 1000 },
    { surface: '다', cls: 'E', attach: 'V', cost: 300 },
    { surface: '하', cls: 'V', attach: 'N', cost: 2300 },
    { surface: '아', cls: 'E', attach: 'V', cost: 700 },
  ],
);

describe('word cost', () => {
  // Classes: right 0 start, 1 noun; left 0 sentence end, 1 noun, 2 particle.
  const connection = {
    leftCount: 3,
    start: 0,
    afterOther: 1,
    costs: Int16Array.of(0, -400, 2000, 100, 0, -600),
  };
  const lex = decodeLexicon(
    Buffer.concat(
      encodeLexicon({
        stems: [{ surface: '서버', cls: 'N', cost: 1000, left: 1, right: 1 }],
        suffixes: [{ surface: '를', cls: 'J', attach: 'N', cost: 500, left: 2, right: 1 }],
        connection,
      }),
    ),
    0,
  )[0];

  it('adds 0.7 of the connection costs between classes, from the word start on (not at its end)', () => {
    expect(wordCost(lex, '서버', false)).toBeCloseTo(1000 - 400 * 0.7);
    expect(wordCost(lex, '서버를', false)).toBeCloseTo(1000 + 500 - 1500 + (-400 - 600) * 0.7);
    expect(wordCost(lex, '를', true)).toBeCloseTo(500 - 1500 - 600 * 0.7);
  });

  it('starts after the class the word before it ends in, and says which class it ends in', () => {
    // After a noun (right class 1) a noun costs nothing to join; after a sentence start, -400.
    expect(wordAnalysis(lex, '서버', false, 1)).toEqual({ cost: 1000, right: 1 });
    expect(wordAnalysis(lex, '서버', false)?.cost).toBeCloseTo(1000 - 400 * 0.7);
    expect(wordAnalysis(lex, '서버를', false)?.right).toBe(1);
    // A word after a space never starts with a particle.
    expect(wordAnalysis(lex, '를', false, 1)).toBeNull();
  });

  it('is the cheapest stem + suffixes analysis, each suffix bonded (-1500)', () => {
    expect(wordCost(small, '서버', false)).toBe(1000);
    expect(wordCost(small, '서버를', false)).toBe(1000 + 500 - 1500);
    expect(wordCost(small, '설정하다', false)).toBe(1200 + 2300 - 1500 + 300 - 1500);
    expect(wordCost(small, '크다', false)).toBe(800 + 300 - 1500);
  });

  it('charges a compound and a bare verb stem; a particle never follows a verb stem', () => {
    expect(wordCost(small, '서버설정', false)).toBe(1000 + 1200 + 1500 - 1500);
    expect(wordCost(small, '크', false)).toBe(800 + 3000);
    expect(wordCost(small, '크를', false)).toBeNull();
  });

  it('lets an auxiliary verb follow a connective ending (크 + 아 + 진다), at a charge (+1500)', () => {
    expect(wordCost(small, '크아진다', false)).toBe(800 + 700 - 1500 + 900 + 1500);
    expect(wordCost(small, '서버진다', false)).toBe(1000 + 900 + 1500 - 1500);
  });

  it('lets a word start with a suffix only after a non-Hangul run (`ip`를)', () => {
    expect(wordCost(small, '를', false)).toBeNull();
    expect(wordCost(small, '를', true)).toBe(500 - 1500);
    expect(wordCost(small, '서버', true)).toBe(1000);
  });

  it('knows common words over rare look-alikes with the shipped lexicon', () => {
    const { words } = loadShippedCounts();
    const cheaper = (a: string, b: string) =>
      expect(wordCost(words, a, false) ?? 1e9).toBeLessThan(wordCost(words, b, false) ?? 1e9);
    cheaper('잘', '의');
    cheaper('크기를', '포기를');
    cheaper('스케줄링을', '스케줄망을');
    cheaper('체크로', '체포로');
    expect(wordCost(words, '퓌퓌퓌', false)).toBeNull();
  });
});

describe('word rescoring', () => {
  // A model that finds every syllable equally likely: only the lexicon decides.
  const flat = {
    logProb: () => -1,
    wordAnalysis: (w: string, o: boolean, after?: number) => wordAnalysis(small, w, o, after),
  };
  const slot = (cands: string[]) => ({ cands, guess: cands.length > 1 });

  it('decides a word with guesses by the lexicon and ranks each guess', () => {
    const slots = [slot(['서']), slot(['뻐', '버', '퍼']), slot(['를']), slot([' '])];
    const chars = ['서', '뻐', '를', ' '];
    const ranked = rescoreWords(slots, chars, flat);
    expect(chars.join('')).toBe('서버를 ');
    const r = ranked.get(1) ?? [];
    expect(r[0]?.ch).toBe('버');
    expect(r.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1);
  });

  it("prefers, by a fixed bonus, a reading whose start the vault's words have", () => {
    // 서뻐 and 서퍼 have no analysis: the lexicon cannot tell them apart, the vault can.
    const slots = [slot(['서']), slot(['뻐', '퍼']), slot([' '])];
    const vaultWords = {
      startingWith: (p: string, o: boolean) => (p === '서퍼' && !o ? 2 : 0),
      exactly: () => 0,
    };
    const alone = ['서', '뻐', ' '];
    rescoreWords(slots, alone, flat);
    expect(alone.join('')).toBe('서뻐 ');
    const chars = ['서', '뻐', ' '];
    const ranked = rescoreWords(slots, chars, { ...flat, vaultWords });
    expect(chars.join('')).toBe('서퍼 ');
    expect(ranked.get(1)?.[0]?.share).toBeCloseTo(Math.exp(3) / (1 + Math.exp(3)));
  });

  it('reads a word after the class the word before it ends in, and before the word after it', () => {
    // Right classes: 0 start, 1 noun, 2 determiner; left: 0 end, 1 noun, 2 other. A determiner
    // wants a noun after it (-3000), a noun does not (+3000).
    const connection = {
      leftCount: 3,
      start: 0,
      afterOther: 1,
      costs: Int16Array.of(0, 0, 0, 0, 3000, 0, 0, -3000, 0),
    };
    const entry = (surface: string, left: number, right: number) => ({
      surface,
      cls: 'N' as const,
      cost: 1000,
      left,
      right,
    });
    const ctx = decodeLexicon(
      Buffer.concat(
        encodeLexicon({
          stems: [entry('가', 1, 1), entry('나', 2, 2), entry('다', 2, 2), entry('사람', 1, 1)],
          suffixes: [],
          connection,
        }),
      ),
      0,
    )[0];
    const model = {
      logProb: () => -1,
      wordAnalysis: (w: string, o: boolean, a?: number) => wordAnalysis(ctx, w, o, a),
    };
    const read = (text: string, at: number) => {
      const chars = [...text];
      const slots = chars.map((ch, i) => slot(i === at ? ['가', '나'] : [ch]));
      rescoreWords(slots, chars, model);
      return chars.join('');
    };
    // Alone, 가 and 나 cost the same (the first reading stays); before 사람, the determiner 나.
    expect(read('가', 0)).toBe('가');
    expect(read('가 사람', 0)).toBe('나 사람');
    // After a determiner, the noun 가; after a noun, not.
    expect(read('다 나', 2)).toBe('다 가');
    expect(read('사람 가', 3)).toBe('사람 나');
  });

  it('leaves anchored slots and models without a lexicon alone', () => {
    const slots = [slot(['뻐', '버']), slot(['를'])];
    const chars = ['뻐', '를'];
    expect(rescoreWords(slots, chars, { logProb: () => -1 }).size).toBe(0);
    expect(chars.join('')).toBe('뻐를');
    rescoreWords([{ ...slot(['뻐', '버']), anchored: true }, slot(['를'])], chars, flat);
    expect(chars.join('')).toBe('뻐를');
  });
});
