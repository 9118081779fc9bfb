/**
 * Second-order Viterbi search over a lattice of characters: each slot holds one fixed character or
 * the candidates for a damaged one; the path with the highest trigram log-probability over the whole
 * text wins, so neighbouring damaged characters are chosen together (`네임스페이스` as a word).
 */
import type { LanguageModel } from './syllable-model.js';

/** One search state: the candidate chosen at the previous slot and at this one. */
interface State {
  prev: number;
  cur: number;
  score: number;
  /** Index of the state this one came from, in the previous step's list. */
  from: number;
}

type Slots = readonly (readonly string[])[];

function step(states: readonly State[], slots: Slots, t: number, model: LanguageModel): State[] {
  const here = slots[t] ?? [];
  const before = t >= 1 ? (slots[t - 1] ?? []) : [];
  const before2 = t >= 2 ? (slots[t - 2] ?? []) : [];
  // A fixed character after two fixed ones adds the same to every path: skip the model.
  const constant = here.length === 1 && before.length <= 1 && before2.length <= 1;
  const best = new Map<number, State>();
  states.forEach((s, from) => {
    const p2 = before2[s.prev] ?? null;
    const p1 = before[s.cur] ?? null;
    here.forEach((ch, k) => {
      const score = s.score + (constant ? 0 : model.logProb(p2, p1, ch));
      const key = s.cur * 65_536 + k;
      const old = best.get(key);
      if (old === undefined || score > old.score) best.set(key, { prev: s.cur, cur: k, score, from });
    });
  });
  return [...best.values()];
}

/** The index of the chosen candidate in each slot. */
export function bestPath(slots: Slots, model: LanguageModel): number[] {
  const steps: State[][] = [];
  let states: State[] = [{ prev: 0, cur: 0, score: 0, from: -1 }];
  for (let t = 0; t < slots.length; t++) {
    states = step(states, slots, t, model);
    steps.push(states);
  }
  const path = new Array<number>(slots.length).fill(0);
  let k = states.reduce((bi, s, i, all) => (s.score > (all[bi]?.score ?? -Infinity) ? i : bi), 0);
  for (let t = slots.length - 1; t >= 0; t--) {
    const s = steps[t]?.[k];
    path[t] = s?.cur ?? 0;
    k = s?.from ?? 0;
  }
  return path;
}

/**
 * Candidates of one slot ranked by their fit between the chosen neighbours (two each side), with
 * each one's share of the probability (softmax of the three trigram log-probabilities it is in).
 */
export function rankSlot(
  cands: readonly string[],
  around: { before2: string | null; before: string | null; after: string | null; after2: string | null },
  model: LanguageModel,
): { ch: string; share: number }[] {
  const { before2, before, after, after2 } = around;
  const scored = cands.map((ch) => {
    let s = model.logProb(before2, before, ch);
    if (after !== null) s += model.logProb(before, ch, after);
    if (after !== null && after2 !== null) s += model.logProb(ch, after, after2);
    return { ch, s };
  });
  const top = Math.max(...scored.map((x) => x.s));
  const sum = scored.reduce((acc, x) => acc + Math.exp(x.s - top), 0);
  return scored
    .map((x) => ({ ch: x.ch, share: Math.exp(x.s - top) / sum }))
    .sort((a, b) => b.share - a.share);
}
