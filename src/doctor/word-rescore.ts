/**
 * Word-level rescoring after the best path: each word (a run of syllables) that holds guesses is
 * decided again over every combination of its guessed syllables (up to `MAX_COMBINATIONS`), by the
 * n-gram score of the word in its place plus the word lexicon's score of the whole word
 * (`word-lexicon.ts`). Words hardly depend on each other (after a space the n-gram model looks back
 * at the space only), so this is the best path of a model that also knows words. Without a lexicon
 * (`model.wordAnalysis` absent) nothing changes. With a vault corpus, a reading whose start (through
 * its last guess) is the start of a word the vault's notes have gets a fixed bonus: the learner's
 * own words, which the shipped model may never have seen (`vault-words.ts`).
 * Words are decided from the first on, each in its neighbours' context as MeCab reads a sentence:
 * its analysis starts after the class the word before it ends in (one space between; 헷갈리지 +
 * 말자, not a sentence start), and the word after it is analysed after the class it ends in (일하던 +
 * 사람: a determiner ending wants a noun after it). On the tuning notes this took the reading with
 * no corpus from 3,121 to 3,130 of 3,155 right, and with one from 3,131 to 3,133 (with MeCab's
 * connection costs weighted 0.7, see `word-lexicon.ts`).
 */
import type { LanguageModel } from './syllable-model.js';
import type { WordAnalysis } from './word-lexicon.js';
import { isSyllable } from './syllable-ngrams.js';
import type { Slot } from './template-anchors.js';

/**
 * Word costs are MeCab costs, read as 1,200 per nat (800, MeCab's own scale, overweighted the
 * lexicon on the tuning notes: 1.2 points more right without a corpus); a word with no analysis,
 * or a dearer one, costs `UNKNOWN_COST`.
 */
const COST_SCALE = 1200;
const UNKNOWN_COST = 9000;
const MAX_COMBINATIONS = 512;
/** What a word start the vault's notes have (and another reading's start has not) adds, in nats. */
const VAULT_WORD_BONUS = 3;

/** A candidate of a guessed slot and its share of the probability. */
export interface Ranked {
  ch: string;
  share: number;
}

interface Word {
  from: number;
  to: number;
  free: number[];
  afterOther: boolean;
  /** The right class the word before it ends in, once that word is decided (see `previousEnd`). */
  after?: number | undefined;
  /** The syllable word after it, one space between. */
  next?: { from: number; to: number } | undefined;
}

/** Syllables from `i` on: the index after the last. */
function runEnd(chars: readonly string[], i: number): number {
  while (i < chars.length && isSyllable(chars[i] ?? '')) i++;
  return i;
}

/** The syllable word that follows `to` after one space, if any. */
function nextWord(chars: readonly string[], to: number): Word['next'] {
  if (chars[to] !== ' ' || !isSyllable(chars[to + 1] ?? '')) return undefined;
  return { from: to + 1, to: runEnd(chars, to + 1) };
}

function wordsWithGuesses(slots: readonly Slot[], chars: readonly string[]): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < chars.length;) {
    let j = i;
    while (j < chars.length && isSyllable(chars[j] ?? '') && (slots[j]?.cands ?? []).every(isSyllable)) j++;
    if (j === i) {
      i++;
      continue;
    }
    const free: number[] = [];
    for (let k = i; k < j; k++) if (slots[k]?.guess && !slots[k]?.anchored) free.push(k);
    const before = chars[i - 1];
    const afterOther = before !== undefined && !/\s/u.test(before);
    if (free.length > 0) words.push({ from: i, to: j, free, afterOther, next: nextWord(chars, j) });
    i = j;
  }
  return words;
}

/** The lexicon's analysis of a word: its text, whether it follows a foreign run, the class before it. */
type Analyse = (word: string, afterOther: boolean, after?: number) => WordAnalysis | null;

/** An analysis's cost in nats (a word with none, or a dearer one, costs `UNKNOWN_COST`). */
const nats = (a: WordAnalysis | null): number => Math.min(a?.cost ?? UNKNOWN_COST, UNKNOWN_COST) / COST_SCALE;

/**
 * Score of the word `chars[w.from…w.to)` as it stands, with the character after it: its n-grams,
 * its analysis after the word before it, and the next word's analysis after it.
 */
function score(w: Word, chars: readonly string[], model: LanguageModel, analyse: Analyse): number {
  let s = 0;
  for (let k = w.from; k <= Math.min(w.to, chars.length - 1); k++)
    s += model.logProb(chars[k - 2] ?? null, chars[k - 1] ?? null, chars[k] ?? '');
  const own = analyse(chars.slice(w.from, w.to).join(''), w.afterOther, w.after);
  const next = w.next && analyse(chars.slice(w.next.from, w.next.to).join(''), false, own?.right);
  return (
    s -
    nats(own) -
    (next === undefined ? 0 : nats(next)) +
    (seenInVault(w, chars, model) > 0 ? VAULT_WORD_BONUS : 0)
  );
}

/** The right class the syllable word one space before `w` ends in, as it now reads (undefined: none). */
function previousEnd(w: Word, chars: readonly string[], analyse: Analyse): number | undefined {
  if (chars[w.from - 1] !== ' ' || !isSyllable(chars[w.from - 2] ?? '')) return undefined;
  let i = w.from - 2;
  while (i > 0 && isSyllable(chars[i - 1] ?? '')) i--;
  const before = chars[i - 1];
  return analyse(chars.slice(i, w.from - 1).join(''), before !== undefined && !/\s/u.test(before))?.right;
}

/**
 * How often the vault's notes have the word's start up to its last guessed syllable (two
 * syllables at least: one alone says no more than the n-gram model), or a one-syllable word whole.
 */
function seenInVault(w: Word, chars: readonly string[], model: LanguageModel): number {
  const vault = model.vaultWords;
  if (vault === undefined) return 0;
  const last = w.free[w.free.length - 1] ?? w.from;
  if (w.to - w.from === 1) return vault.exactly(chars[w.from] ?? '', w.afterOther);
  return vault.startingWith(chars.slice(w.from, Math.max(last + 1, w.from + 2)).join(''), w.afterOther);
}

function combinations(w: Word, slots: readonly Slot[]): number {
  return w.free.reduce((n, k) => n * (slots[k]?.cands.length ?? 1), 1);
}

/** Sets the word's guessed slots to combination `c` (mixed radix over their candidates). */
function setCombination(w: Word, slots: readonly Slot[], chars: string[], c: number): void {
  for (const k of w.free) {
    const cands = slots[k]?.cands ?? [];
    chars[k] = cands[c % cands.length] ?? '';
    c = Math.floor(c / cands.length);
  }
}

function rank(
  w: Word,
  k: number,
  slots: readonly Slot[],
  chars: string[],
  scoreOf: (w: Word) => number,
): Ranked[] {
  const chosen = chars[k] ?? '';
  const scored = (slots[k]?.cands ?? []).map((ch) => {
    chars[k] = ch;
    return { ch, s: scoreOf(w) };
  });
  chars[k] = chosen;
  const top = Math.max(...scored.map((x) => x.s));
  const sum = scored.reduce((acc, x) => acc + Math.exp(x.s - top), 0);
  return scored
    .map((x) => ({ ch: x.ch, share: Math.exp(x.s - top) / sum }))
    .sort((a, b) => b.share - a.share);
}

/**
 * Decides each word with guesses again, in place in `chars`; returns, for each guessed slot it
 * decided, the candidates ranked by their share (the word's other guesses as chosen).
 */
export function rescoreWords(
  slots: readonly Slot[],
  chars: string[],
  model: LanguageModel,
): Map<number, Ranked[]> {
  const ranked = new Map<number, Ranked[]>();
  const lexicon = model.wordAnalysis;
  if (lexicon === undefined) return ranked;
  const memo = new Map<string, WordAnalysis | null>();
  const analyse: Analyse = (s, afterOther, after) => {
    const key = `${afterOther ? '#' : ''}${after ?? ''}:${s}`;
    if (!memo.has(key)) memo.set(key, lexicon(s, afterOther, after));
    return memo.get(key) ?? null;
  };
  const scoreOf = (w: Word): number => score(w, chars, model, analyse);
  for (const w of wordsWithGuesses(slots, chars)) {
    w.after = previousEnd(w, chars, analyse);
    const n = combinations(w, slots);
    if (n > MAX_COMBINATIONS) continue;
    let [best, bestScore] = [0, -Infinity];
    for (let c = 0; c < n; c++) {
      setCombination(w, slots, chars, c);
      const s = scoreOf(w);
      if (s > bestScore) [best, bestScore] = [c, s];
    }
    setCombination(w, slots, chars, best);
    for (const k of w.free) ranked.set(k, rank(w, k, slots, chars, scoreOf));
  }
  return ranked;
}
