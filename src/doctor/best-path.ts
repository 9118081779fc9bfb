/**
 * Viterbi search over a lattice of characters: each slot holds one fixed character or the
 * candidates for a damaged one; the path with the highest bigram log-probability wins, so
 * consecutive damaged characters are chosen together (`네임스페이스` as a word, not syllable by syllable).
 */
import type { CharModel } from './char-model.js';

/** The index of the chosen candidate in each slot (the scores of fixed pairs are left out: they are constant). */
export function bestPath(slots: readonly (readonly string[])[], model: CharModel): number[] {
  const back: Int32Array[] = [];
  let scores: number[] = [0];
  let prevChars: readonly (string | null)[] = [null];
  for (const cands of slots) {
    const from = new Int32Array(cands.length);
    if (cands.length === 1 && prevChars.length === 1) {
      // A fixed character after a fixed one adds the same to every path: skip the model.
      back.push(from);
      prevChars = cands;
      continue;
    }
    const next = cands.map((ch, j) => {
      let best = -Infinity;
      prevChars.forEach((prev, i) => {
        const s = (scores[i] ?? -Infinity) + model.logProb(prev, ch);
        if (s > best) {
          best = s;
          from[j] = i;
        }
      });
      return best;
    });
    back.push(from);
    scores = next;
    prevChars = cands;
  }
  return traceBack(back, scores);
}

function traceBack(back: readonly Int32Array[], scores: readonly number[]): number[] {
  const path = new Array<number>(back.length).fill(0);
  let k = scores.reduce((bi, s, i, all) => (s > (all[bi] ?? -Infinity) ? i : bi), 0);
  for (let t = back.length - 1; t >= 0; t--) {
    path[t] = k;
    k = back[t]?.[k] ?? 0;
  }
  return path;
}

/**
 * Candidates of one slot ranked by their fit between the chosen neighbours, with each one's share
 * of the probability (softmax of the local log-probabilities).
 */
export function rankSlot(
  cands: readonly string[],
  left: string | null,
  right: string | null,
  model: CharModel,
): { ch: string; share: number }[] {
  const scored = cands.map((ch) => ({
    ch,
    s: model.logProb(left, ch) + (right === null ? 0 : model.logProb(ch, right)),
  }));
  const top = Math.max(...scored.map((x) => x.s));
  const sum = scored.reduce((acc, x) => acc + Math.exp(x.s - top), 0);
  return scored
    .map((x) => ({ ch: x.ch, share: Math.exp(x.s - top) / sum }))
    .sort((a, b) => b.share - a.share);
}
