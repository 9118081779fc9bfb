/**
 * N-gram weights as the token model reads them: the weight of an n-gram and the total weight of
 * what follows a history. Two forms: a Map (the vault's notes, counted at run time) and packed
 * sorted arrays searched by bisection (the shipped counts: 360,000 n-grams would take ~150 ms to
 * put into a Map on every repair; the arrays are ready as soon as the file is unzipped).
 */

/** Weights of n-grams (keys of 1–3 tokens, as `NgramCounts` keys them). */
export interface NgramTable {
  /** Weight of an n-gram, 0 when it was never seen. */
  weight(key: string): number;
  /** Total weight of the n-grams continuing `history` (1–2 tokens); undefined when none does. */
  following(history: string): number | undefined;
  /** Total weight of the unigrams. */
  readonly total: number;
}

/** A table over a Map of counts. */
export function mapTable(counts: ReadonlyMap<string, number>): NgramTable {
  const following = new Map<string, number>();
  let total = 0;
  for (const [key, w] of counts) {
    if (key.length === 1) total += w;
    else following.set(key.slice(0, -1), (following.get(key.slice(0, -1)) ?? 0) + w);
  }
  return { weight: (k) => counts.get(k) ?? 0, following: (h) => following.get(h), total };
}

/** Token ids are 1-based (0: no token), three to a key: `a·S² + b·S + c`, exact in a float64. */
const S = 65_536;

function bisect(keys: Float64Array, key: number): number {
  let [lo, hi] = [0, keys.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid] ?? 0;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Histories (the key without its last token) and their totals, in key order: one pass over sorted keys. */
function historiesOf(keys: Float64Array, weights: Float32Array): [Float64Array, Float64Array, number] {
  const hk: number[] = [];
  const hs: number[] = [];
  let total = 0;
  keys.forEach((key, i) => {
    const w = weights[i] ?? 0;
    if (key < S) return void (total += w);
    const h = Math.floor(key / S);
    if (hk[hk.length - 1] === h) hs[hs.length - 1] = (hs[hs.length - 1] ?? 0) + w;
    else {
      hk.push(h);
      hs.push(w);
    }
  });
  return [Float64Array.from(hk), Float64Array.from(hs), total];
}

/** A table over `keys` (sorted, as `packKey` makes them) and their weights; `vocab[id - 1]` is a token. */
export function packedTable(vocab: readonly string[], keys: Float64Array, weights: Float32Array): NgramTable {
  const idOf = new Int32Array(S);
  vocab.forEach((t, i) => (idOf[t.charCodeAt(0)] = i + 1));
  const pack = (s: string): number => {
    let key = 0;
    for (let i = 0; i < s.length; i++) {
      const id = idOf[s.charCodeAt(i)] ?? 0;
      if (id === 0) return -1;
      key = key * S + id;
    }
    return key;
  };
  const [hKeys, hSums, total] = historiesOf(keys, weights);
  return {
    weight(k) {
      const at = bisect(keys, pack(k));
      return at < 0 ? 0 : (weights[at] ?? 0);
    },
    following(h) {
      const at = bisect(hKeys, pack(h));
      return at < 0 ? undefined : hSums[at];
    },
    total,
  };
}
