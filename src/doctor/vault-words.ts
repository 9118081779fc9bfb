/**
 * The words of the vault's clean notes, for the repair's word-level rescoring: how many of the
 * vault's words (runs of syllables) begin with a given run, or are it. A damaged word whose guessed
 * syllables all fall inside the start of a word the learner has written before (`띄우` of `띄우고`
 * in a note that says `띄운다`) is likely that word; the n-gram model sees only a few syllables at
 * a time, and the shipped model, which has never seen the word, outweighs it. A run right after
 * something other than a space (`` `ip`의 ``, `Docker는`) is a particle or an ending, not a word:
 * those are counted apart, and looked up only for a word in the same place.
 */
import { isSyllable } from './syllable-ngrams.js';

/** Longest start of a word that is counted (longer ones add nothing a guess needs). */
const MAX_PREFIX = 6;

/** Counts of the words of the vault's notes and of their starts. */
export interface VaultWords {
  /** How many words of the vault begin with `prefix` (syllables only); `afterOther`: see above. */
  startingWith(prefix: string, afterOther: boolean): number;
  /** How many words of the vault are exactly `word`. */
  exactly(word: string, afterOther: boolean): number;
}

/** Each run of syllables in `text`, with a `#` before it when it follows neither a space nor the start. */
function syllableRuns(text: string): string[] {
  const runs: string[] = [];
  let [run, before] = ['', ' '];
  for (const ch of text) {
    if (isSyllable(ch)) {
      if (run === '') run = /\s/u.test(before) ? '' : '#';
      run += ch;
    } else if (run !== '') [runs[runs.length], run] = [run, ''];
    before = ch;
  }
  if (run !== '') runs.push(run);
  return runs;
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Words of `corpus` (the vault's clean notes) and their starts, counted once per occurrence. */
export function vaultWords(corpus: readonly string[]): VaultWords {
  const counts = new Map<string, number>();
  for (const text of corpus)
    for (const run of syllableRuns(text)) {
      bump(counts, `=${run}`);
      const mark = run.startsWith('#') ? 1 : 0;
      for (let n = 1; n <= Math.min(run.length - mark, MAX_PREFIX); n++) bump(counts, run.slice(0, mark + n));
    }
  const key = (s: string, afterOther: boolean): string => (afterOther ? `#${s}` : s);
  return {
    startingWith: (prefix, afterOther) => counts.get(key(prefix, afterOther)) ?? 0,
    exactly: (word, afterOther) => counts.get(`=${key(word, afterOther)}`) ?? 0,
  };
}
