/**
 * The language model of the encoding repair: syllable trigram models, each order interpolated with
 * the one below at a fixed weight (trigram → bigram → unigram → a uniform share of the 11,172
 * syllables; absolute discounting and Witten–Bell did no better on the tuning notes), one per
 * source, mixed linearly: the shipped running text, CLDR's phrases and the lexicon's words, and —
 * when the vault has clean notes — those notes, which know the learner's own words best.
 * Characters that are not syllables are scored as their boundary token, then by the character
 * model (`char-model.ts`) among themselves: emoji, punctuation, letters of other scripts. The
 * shipped word lexicon rides along (`wordAnalysis`) for the repair's word-level rescoring.
 * The mixture weights were chosen on the seed and the tuning notes, never on the held-apart notes.
 */
import { buildCharModel } from './char-model.js';
import { mapTable, type NgramTable } from './ngram-table.js';
import type { CharModel } from './char-model.js';
import { isBreak, isSyllable, NgramCounts, tokenOf, WORD_BREAK } from './syllable-ngrams.js';
import { vaultWords, type VaultWords } from './vault-words.js';
import { wordAnalysis, type WordAnalysis, type WordLexicon } from './word-lexicon.js';

/** Log-probabilities of characters in context. */
export interface LanguageModel {
  /** Natural log of P(`ch` | the two characters before it); null before the start of the text. */
  logProb(prev2: string | null, prev: string | null, ch: string): number;
  /**
   * A word's (syllables only) cheapest analysis by the word lexicon, after the class `after` (the
   * word before it) or a sentence start; null when it has none (see `word-lexicon.ts`).
   */
  wordAnalysis?(word: string, afterOther: boolean, after?: number): WordAnalysis | null;
  /** The words of the vault's notes (see `vault-words.ts`); absent with no vault corpus. */
  vaultWords?: VaultWords;
}

/** The shipped model: n-gram tables and the word lexicon. */
export interface ShippedCounts {
  tables: { text: NgramTable; cldr: NgramTable; lexicon: NgramTable };
  words: WordLexicon;
}

/** Shares of the shipped tables in their mixture, and of the vault's notes when there are some. */
const SHARES = { text: 0.75, cldr: 0.1, lexicon: 0.15 } as const;
const VAULT_SHARE = 0.3;
/** Weight of the lower order in each interpolation: shipped counts, and the (smaller) vault's. */
const BACKOFF = 0.5;
const VAULT_BACKOFF = 0.3;
const SYLLABLE_COUNT = 11_172;

type TokenModel = (a: string, b: string, c: string) => number;

/** P(c | a b) over tokens, interpolated with `backoff`; after a break only the break is looked at. */
export function tokenModel(table: NgramTable, backoff: number): TokenModel {
  const unigram = (c: string): number =>
    (table.weight(c) + (isBreak(c) ? 0.5 : 0.5 / SYLLABLE_COUNT)) / (table.total + 1);
  const interpolate = (h: string, c: string, lower: number): number => {
    const sum = table.following(h);
    if (sum === undefined) return lower;
    return (1 - backoff) * (table.weight(h + c) / sum) + backoff * lower;
  };
  return (a, b, c) => {
    const p2 = interpolate(b, c, unigram(c));
    return isBreak(b) ? p2 : interpolate(a + b, c, p2);
  };
}

/** The shipped mixture, built once per process (it is the same for every note). */
const shippedCache = new WeakMap<ShippedCounts, TokenModel>();
function shippedModel(shipped: ShippedCounts): TokenModel {
  let m = shippedCache.get(shipped);
  if (m === undefined) {
    const t = tokenModel(shipped.tables.text, BACKOFF);
    const c = tokenModel(shipped.tables.cldr, BACKOFF);
    const l = tokenModel(shipped.tables.lexicon, BACKOFF);
    const mix: TokenModel = (x, y, z) =>
      SHARES.text * t(x, y, z) + SHARES.cldr * c(x, y, z) + SHARES.lexicon * l(x, y, z);
    // The search asks the same trigrams again and again (every path, every word's combinations).
    const seen = new Map<string, number>();
    m = (x, y, z) => {
      const key = x + y + z;
      let p = seen.get(key);
      if (p === undefined) {
        if (seen.size > 500_000) seen.clear();
        seen.set(key, (p = mix(x, y, z)));
      }
      return p;
    };
    shippedCache.set(shipped, m);
  }
  return m;
}

/** The model over the shipped counts and `corpus`, the vault's clean notes (may be empty). */
export function buildLanguageModel(shipped: ShippedCounts, corpus: readonly string[]): LanguageModel {
  const base = shippedModel(shipped);
  let mixed = base;
  if (corpus.length > 0) {
    const counts = new NgramCounts();
    for (const t of corpus) counts.addText(t, 1);
    const vault = tokenModel(mapTable(counts.counts), VAULT_BACKOFF);
    mixed = (a, b, c) => VAULT_SHARE * vault(a, b, c) + (1 - VAULT_SHARE) * base(a, b, c);
  }
  const chars: CharModel = buildCharModel(corpus);
  const tok = (ch: string | null): string => (ch === null ? ' ' : tokenOf(ch));
  return {
    logProb(prev2, prev, ch) {
      const [a, b, c] = [tok(prev2), tok(prev), tokenOf(ch)];
      if (isSyllable(ch)) return Math.log(mixed(a, b, c));
      // A boundary run goes on (no new token) or starts; then which character it is. Whether a space
      // follows a syllable is the token model's to say: the character model, asked again with the
      // syllable, counted it twice, and a vault full of `ip`의 made 잘 돌아가 read 의 돌아가.
      const start = c === b ? 0 : Math.log(mixed(a, b, c));
      const after = c === WORD_BREAK && prev !== null && isSyllable(prev) ? null : prev;
      return start + chars.logProb(after, ch);
    },
    wordAnalysis: (word, afterOther, after) => wordAnalysis(shipped.words, word, afterOther, after),
    ...(corpus.length > 0 ? { vaultWords: vaultWords(corpus) } : {}),
  };
}
