/**
 * The word lexicon of the repair: mecab-ko-dic's stems and suffixes with their word costs (lower
 * is more frequent), and the cost of a word (a run of syllables between spaces) as its cheapest
 * analysis into a stem, more stems (a compound), suffixes (particles, endings) and an auxiliary
 * verb after a connective ending. The n-gram model knows which syllables follow which; this knows
 * which words exist: `잘` (a common adverb) over `의` standing alone, `크기` over `포기`,
 * `스케줄링` over `스케줄망`.
 * Lists are sorted by surface and searched by bisection (no Map of 367,000 words is built).
 */

/** Classes a stem or suffix ends in. */
export const WORD_CLASSES = ['N', 'V', 'M', 'J', 'E'] as const;
export type WordClass = (typeof WORD_CLASSES)[number];
const [N, V, M, J, E] = [0, 1, 2, 3, 4];
const START = 5;

/** One sorted list: surfaces, the class each ends in (suffixes: and the class it attaches to), costs. */
export interface WordList {
  surfaces: readonly string[];
  classes: Uint8Array;
  /** Suffixes only: 0 attaches to a nominal, 1 to a verbal stem. */
  attach?: Uint8Array;
  costs: Int16Array;
  /** Each entry's left and right connection class (see `Connection`). */
  left?: Uint8Array;
  right?: Uint8Array;
}

/**
 * MeCab's connection costs between classes of morphemes (a right class: the part of speech and
 * whether it ends in a final consonant; a left class: the part of speech), built from
 * mecab-ko-dic's matrix: `costs[right * leftCount + left]`. `start` is the right class a word
 * starts after when nothing is known of the word before it (MeCab's sentence start); the repair
 * passes the class the word before it ends in when there is one (`word-rescore.ts`). Nothing is
 * charged at a word's end: in a note a word is followed by another far more often than by a
 * sentence's end, whose cost weighs against the determiner endings (-던, -은) that want a noun
 * after them; the word after it is what charges its end. `afterOther` the right class a word after
 * a foreign-letter run (`Docker의`) starts after: a noun that may or may not end in a consonant.
 */
export interface Connection {
  leftCount: number;
  start: number;
  afterOther: number;
  costs: Int16Array;
}

export interface WordLexicon {
  stems: WordList;
  suffixes: WordList;
  connection?: Connection;
}

/** Costs of the analysis: what a compound's second stem and a bare verb stem add, what each suffix takes off. */
const COMPOUND = 1500;
const BARE_VERB = 3000;
const BOND = 1500;
/** What a verb after a connective ending adds (an auxiliary: 많아 + 진다, 알아 + 보다). */
const AUXILIARY = 1500;
/**
 * How much of MeCab's connection cost counts. Within a word only, 0.3–0.7 did alike on the tuning
 * notes, 1.0 a little worse; with a word read after the one before it and before the one after it
 * (`word-rescore.ts`), 0.7–1.0 did alike (3,129–3,130 of 3,155 right with no corpus, 3,133 with
 * one) and 0.5 worse (3,125, 3,132): 0.7.
 */
const CONNECTION_WEIGHT = 0.7;

function lowerBound(list: readonly string[], key: string): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls `visit(index)` for every entry of `list` spelled `key`. */
function each(list: WordList, key: string, visit: (i: number) => void): void {
  for (let i = lowerBound(list.surfaces, key); list.surfaces[i] === key; i++) visit(i);
}

/**
 * A suffix of this kind may follow a word part of class `state`. An ending follows a verbal stem
 * or another ending (a pre-final one: 갈라지 + 었 + 던, 했 + 다); with the connection costs, MeCab's
 * matrix says which endings go together.
 */
function follows(state: number, attach: number, cls: number): boolean {
  if (attach === 1) return state === V || state === E;
  if (cls === J) return state === N || state === J || state === E || state === M;
  return state === N;
}

/** A state of the analysis: the class the word so far ends in and its right connection class. */
type Costs = Map<number, number>;
const key = (cls: number, right: number): number => cls * 256 + right;

/** The weighted connection cost of right class `r` followed by left class `l` (0 with no matrix). */
function connect(lex: WordLexicon, r: number, l: number): number {
  const c = lex.connection;
  return c === undefined ? 0 : CONNECTION_WEIGHT * (c.costs[r * c.leftCount + l] ?? 0);
}

function relax(at: Costs, state: number, cost: number): void {
  const old = at.get(state);
  if (old === undefined || cost < old) at.set(state, cost);
}

/** From `i`: every stem and suffix spelled by `word[i…j)`. */
function extend(lex: WordLexicon, word: string, i: number, best: Costs[]): void {
  for (const [k0, c0] of best[i] ?? []) {
    const [state, r] = [k0 >> 8, k0 & 255];
    for (let j = i + 1; j <= Math.min(word.length, i + 8); j++) {
      const part = word.slice(i, j);
      const at = best[j];
      if (at === undefined) break;
      if (state === START || state === N || state === E)
        each(lex.stems, part, (k) => {
          const cls = lex.stems.classes[k] ?? M;
          if (state === N && cls === M) return;
          if (state === E && cls !== V && cls !== E) return;
          const extra = state === N ? COMPOUND - BOND : state === E ? AUXILIARY : 0;
          const link = connect(lex, r, lex.stems.left?.[k] ?? 0);
          relax(at, key(cls, lex.stems.right?.[k] ?? 0), c0 + (lex.stems.costs[k] ?? 0) + extra + link);
        });
      if (state !== START)
        each(lex.suffixes, part, (k) => {
          const cls = lex.suffixes.classes[k] ?? N;
          if (!follows(state, lex.suffixes.attach?.[k] ?? 0, cls)) return;
          const link = connect(lex, r, lex.suffixes.left?.[k] ?? 0);
          relax(at, key(cls, lex.suffixes.right?.[k] ?? 0), c0 + (lex.suffixes.costs[k] ?? 0) - BOND + link);
        });
    }
  }
}

/** A word's cheapest analysis: its cost and the right connection class its last part ends in. */
export interface WordAnalysis {
  cost: number;
  right: number;
}

/**
 * The cost of `word`'s cheapest analysis, or null when it has none. `afterOther`: the word follows
 * a non-Hangul run (`Docker의`, `` `ip`를 ``), so it may start with a suffix.
 */
export function wordCost(lex: WordLexicon, word: string, afterOther: boolean, after?: number): number | null {
  return wordAnalysis(lex, word, afterOther, after)?.cost ?? null;
}

/**
 * `word`'s cheapest analysis (see `wordCost`), or null. `after`: the right class the word before
 * it ends in, which it starts after instead of a sentence start.
 */
export function wordAnalysis(
  lex: WordLexicon,
  word: string,
  afterOther: boolean,
  after?: number,
): WordAnalysis | null {
  const best: Costs[] = Array.from({ length: word.length + 1 }, () => new Map());
  best[0]?.set(key(START, after ?? lex.connection?.start ?? 0), 0);
  if (afterOther) best[0]?.set(key(N, lex.connection?.afterOther ?? 0), 0);
  for (let i = 0; i < word.length; i++) extend(lex, word, i, best);
  let found: WordAnalysis | null = null;
  for (const [k, c] of best[word.length] ?? []) {
    const state = k >> 8;
    if (state === START) continue;
    const total = c + (state === V ? BARE_VERB : 0);
    if (found === null || total < found.cost) found = { cost: total, right: k & 255 };
  }
  return found;
}
