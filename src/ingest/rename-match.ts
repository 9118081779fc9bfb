/**
 * Decide which new paths of an ingest are old notes under a new name, so the note keeps its id
 * (and with it its card ids and review history). Pure: data in, assignments out.
 */

/** A note file at a path the store does not hold as a live note. */
export interface NewFile {
  path: string;
  hash: string;
  /** Card keys parsed from it (empty when it did not parse). */
  keys: readonly string[];
}

/** A note that may have moved: live but its file vanished this ingest, or removed earlier. */
export interface RenameCandidate {
  id: string;
  path: string;
  hash: string;
  /** True for a note removed by an earlier ingest (revived rather than renamed). */
  removed: boolean;
  keys: readonly string[];
}

/** Shared card keys over the larger note's card count must reach this to count as the same note. */
export const CARD_OVERLAP_THRESHOLD = 0.5;

/** Share of cards two notes have in common, relative to the larger one (0 when either has none). */
export function cardOverlap(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0 || b.size === 0) return 0;
  const shared = new Set(a.filter((k) => b.has(k))).size;
  return shared / Math.max(new Set(a).size, b.size);
}

type Index = Map<string, RenameCandidate[]>;

function indexBy(pool: readonly RenameCandidate[], keysOf: (c: RenameCandidate) => readonly string[]): Index {
  const index: Index = new Map();
  for (const c of pool) {
    for (const k of new Set(keysOf(c))) {
      const list = index.get(k);
      if (list) list.push(c);
      else index.set(k, [c]);
    }
  }
  return index;
}

/**
 * Assign candidate ids to new paths, each candidate at most once, in rounds of decreasing certainty:
 * 1. same content hash as a vanished note; 2. the same path as a removed note (the file came back);
 * 3. same hash as a removed note; 4. card keys overlapping ≥ 50% (vanished first, best overlap wins).
 * Indexed, so a folder of 10 000 renamed notes is matched in linear time. Returns new path → note id.
 */
export function matchRenames(
  files: readonly NewFile[],
  candidates: readonly RenameCandidate[],
): Map<string, string> {
  const claimed = new Set<string>();
  const result = new Map<string, string>();
  for (const round of matchRounds(candidates, claimed)) {
    for (const f of files) {
      if (result.has(f.path)) continue;
      const c = round(f);
      if (!c) continue;
      claimed.add(c.id);
      result.set(f.path, c.id);
    }
  }
  return result;
}

type Round = (f: NewFile) => RenameCandidate | undefined;

/** The four matching rounds over indexed candidates; each skips candidates already `claimed`. */
function matchRounds(candidates: readonly RenameCandidate[], claimed: ReadonlySet<string>): Round[] {
  const vanished = candidates.filter((c) => !c.removed);
  const removed = candidates.filter((c) => c.removed);
  const free = (list: RenameCandidate[] | undefined): RenameCandidate | undefined =>
    list?.find((c) => !claimed.has(c.id));
  const vanishedHash = indexBy(vanished, (c) => [c.hash]);
  const removedPath = indexBy(removed, (c) => [c.path]);
  const removedHash = indexBy(removed, (c) => [c.hash]);
  const [vanishedKeys, removedKeys] = [indexBy(vanished, (c) => c.keys), indexBy(removed, (c) => c.keys)];
  return [
    (f) => free(vanishedHash.get(f.hash)),
    (f) => free(removedPath.get(f.path)),
    (f) => free(removedHash.get(f.hash)),
    (f) => bestOverlap(f, vanishedKeys, claimed) ?? bestOverlap(f, removedKeys, claimed),
  ];
}

/** The unclaimed candidate sharing the most cards with `f`, if it reaches the threshold. */
function bestOverlap(f: NewFile, byKey: Index, claimed: ReadonlySet<string>): RenameCandidate | undefined {
  const mine = new Set(f.keys);
  const pool = new Set<RenameCandidate>();
  for (const k of mine) for (const c of byKey.get(k) ?? []) if (!claimed.has(c.id)) pool.add(c);
  let best: RenameCandidate | undefined;
  let bestScore = 0;
  for (const c of pool) {
    const score = cardOverlap(c.keys, mine);
    if (score >= CARD_OVERLAP_THRESHOLD && score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}
