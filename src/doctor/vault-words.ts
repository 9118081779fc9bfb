/**
 * The words of the vault's clean notes, for the repair's word-level rescoring: how many of the
 * vault's words (runs of syllables) begin with a given run. A damaged word whose guessed syllables
 * all fall inside the start of a word the learner has written before (`띄우` of `띄우고` in a
 * note that says `띄운다`) is likely that word; the n-gram model alone sees it only a few
 * syllables at a time, and the shipped model, which has never seen it, outweighs it.
 */
import { isSyllable } from './syllable-ngrams.js';

/** Longest start of a word that is counted (longer ones add nothing a guess needs). */
const MAX_PREFIX = 6;

/** Counts of the starts of words in the vault's notes. */
export interface VaultWords {
  /** How many words of the vault begin with `prefix` (syllables only). */
  startingWith(prefix: string): number;
  /** How many words of the vault are exactly `word`. */
  exactly(word: string): number;
}

/** Each run of syllables in `texts`, in order. */
function syllableRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const ch of text) {
    if (isSyllable(ch)) run += ch;
    else if (run !== '') [runs[runs.length], run] = [run, ''];
  }
  if (run !== '') runs.push(run);
  return runs;
}

/** Word starts of `corpus` (the vault's clean notes), counted once per word occurrence. */
export function vaultWords(corpus: readonly string[]): VaultWords {
  const counts = new Map<string, number>();
  for (const text of corpus)
    for (const run of syllableRuns(text)) {
      counts.set(`=${run}`, (counts.get(`=${run}`) ?? 0) + 1);
      for (let n = 1; n <= Math.min(run.length, MAX_PREFIX); n++) {
        const p = run.slice(0, n);
        counts.set(p, (counts.get(p) ?? 0) + 1);
      }
    }
  return {
    startingWith: (prefix) => counts.get(prefix) ?? 0,
    exactly: (word) => counts.get(`=${word}`) ?? 0,
  };
}
