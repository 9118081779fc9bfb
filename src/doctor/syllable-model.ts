/**
 * The language model of the encoding repair: syllable trigram models, each order interpolated with
 * the one below at a fixed weight (trigram → bigram → unigram → a uniform share of the 11,172
 * syllables; Witten–Bell did worse: the dictionary's counts are one per entry, not usage), one per
 * source, mixed linearly: the shipped dictionary forms and technical sentences, and — when the vault
 * has clean notes — those notes, which know the learner's own words best. Characters that are not
 * syllables are scored as their boundary token, then by the character model (`char-model.ts`)
 * among themselves: emoji, punctuation, letters of other scripts.
 * The mixture weights were chosen on the seed and the tuning notes, never on the held-apart notes.
 */
import { buildCharModel } from './char-model.js';
import { mapTable, type NgramTable } from './ngram-table.js';
import type { CharModel } from './char-model.js';
import { isBreak, isSyllable, NgramCounts, tokenOf } from './syllable-ngrams.js';

/** Log-probabilities of characters in context. */
export interface LanguageModel {
  /** Natural log of P(`ch` | the two characters before it); null before the start of the text. */
  logProb(prev2: string | null, prev: string | null, ch: string): number;
}

/** The shipped counts: dictionary word forms and running technical text. */
export interface ShippedCounts {
  dictionary: NgramTable;
  messages: NgramTable;
}

/** Share of the dictionary in the shipped mixture, and of the vault's notes when there are some. */
const DICTIONARY_SHARE = 0.15;
const VAULT_SHARE = 0.5;
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
    const [dict, msgs] = [tokenModel(shipped.dictionary, BACKOFF), tokenModel(shipped.messages, BACKOFF)];
    m = (a, b, c) => DICTIONARY_SHARE * dict(a, b, c) + (1 - DICTIONARY_SHARE) * msgs(a, b, c);
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
      // A boundary run goes on (no new token) or starts; then which character it is.
      const start = c === b ? 0 : Math.log(mixed(a, b, c));
      return start + chars.logProb(prev, ch);
    },
  };
}
