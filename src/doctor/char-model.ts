/**
 * A character bigram language model built from the vault's clean notes, used to choose among the
 * characters a lost byte leaves possible. Hangul syllables the corpus never shows still get a
 * sensible prior from their jamo (initial, vowel, final) frequencies, so `일` beats `켐` even when
 * neither occurs: small vaults are the normal case.
 */

/** Log-probabilities of characters in context. */
export interface CharModel {
  /** Natural log of P(`ch` | previous character); `prev` null at the start of a text. */
  logProb(prev: string | null, ch: string): number;
}

/** Smoothing weights: Dirichlet priors of the unigram (towards the class/jamo prior) and bigram (towards the unigram). */
export interface CharModelOptions {
  unigramPrior?: number;
  bigramPrior?: number;
}

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Emoji, and the joiners and modifiers of emoji sequences (ZWJ, VS16, keycap, skin tones): ❤️ and 👨‍💻 lose bytes too. */
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\u200D|\uFE0F|\u20E3|\p{Emoji_Modifier}/u;
/**
 * Letters of scripts a Korean note almost never holds (Yi, Vai, Javanese …, the old-Hangul jamo
 * blocks), which a lost byte can turn a syllable into: kept possible, but only a corpus that has
 * them makes them likely.
 */
const RARE_LETTER = /[\uA000-\uABFF\uD7B0-\uD7FF]/u;
/** Class sizes: Extended_Pictographic has about 3,500 code points; "other" is the rest of the BMP and more. */
const CLASS_SIZE = { hangul: 1, pictographic: 3500, ascii: 128, other: 100_000, rare: 10_000_000 } as const;
type CharClass = keyof typeof CLASS_SIZE;

function classOf(ch: string): CharClass {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) return 'hangul';
  if (cp < 0x80) return 'ascii';
  if (RARE_LETTER.test(ch)) return 'rare';
  return PICTOGRAPHIC.test(ch) ? 'pictographic' : 'other';
}

function jamoOf(ch: string): [number, number, number] {
  const s = (ch.codePointAt(0) ?? 0) - HANGUL_FIRST;
  return [Math.floor(s / 588), Math.floor((s % 588) / 28), s % 28];
}

const bump = <K>(m: Map<K, number>, k: K): void => void m.set(k, (m.get(k) ?? 0) + 1);

class Counts {
  readonly uni = new Map<string, number>();
  /** prev → (next → count). */
  readonly bi = new Map<string, Map<string, number>>();
  readonly asPrev = new Map<string, number>();
  readonly classes = new Map<CharClass, number>();
  readonly jamo = [
    new Array<number>(19).fill(0),
    new Array<number>(21).fill(0),
    new Array<number>(28).fill(0),
  ];
  total = 0;
  hangul = 0;

  add(text: string): void {
    let prev: string | null = null;
    for (const ch of text) {
      this.total += 1;
      bump(this.uni, ch);
      const cls = classOf(ch);
      bump(this.classes, cls);
      if (cls === 'hangul') this.addJamo(ch);
      if (prev !== null) {
        let row = this.bi.get(prev);
        if (row === undefined) this.bi.set(prev, (row = new Map()));
        bump(row, ch);
        bump(this.asPrev, prev);
      }
      prev = ch;
    }
  }

  private addJamo(ch: string): void {
    this.hangul += 1;
    jamoOf(ch).forEach((j, i) => {
      const row = this.jamo[i];
      if (row !== undefined) row[j] = (row[j] ?? 0) + 1;
    });
  }
}

function basePrior(c: Counts, ch: string): number {
  const cls = classOf(ch);
  const pClass = ((c.classes.get(cls) ?? 0) + 1) / (c.total + 5);
  if (cls !== 'hangul') return pClass / CLASS_SIZE[cls];
  return jamoOf(ch).reduce((p, j, i) => {
    const row = c.jamo[i] ?? [];
    return p * (((row[j] ?? 0) + 1) / (c.hangul + row.length));
  }, pClass);
}

/** Builds the model from clean texts (the vault's notes). An empty corpus gives the class/jamo prior alone. */
export function buildCharModel(corpus: readonly string[], opts: CharModelOptions = {}): CharModel {
  const c = new Counts();
  for (const text of corpus) c.add(text);
  const beta = opts.unigramPrior ?? 50;
  const alpha = opts.bigramPrior ?? 5;
  const cache = new Map<string, number>();
  const unigram = (ch: string): number => {
    let p = cache.get(ch);
    if (p === undefined)
      cache.set(ch, (p = ((c.uni.get(ch) ?? 0) + beta * basePrior(c, ch)) / (c.total + beta)));
    return p;
  };
  return {
    logProb(prev, ch) {
      const p1 = unigram(ch);
      if (prev === null) return Math.log(p1);
      const pair = c.bi.get(prev)?.get(ch) ?? 0;
      return Math.log((pair + alpha * p1) / ((c.asPrev.get(prev) ?? 0) + alpha));
    },
  };
}
