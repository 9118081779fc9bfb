/**
 * Syllable n-gram counts, the raw material of the Korean language model that guesses the bytes a
 * double-encoded note lost. Text becomes a stream of tokens: each Hangul syllable is a token,
 * whitespace is `WORD_BREAK`, any other run (Latin, digits, code, punctuation, emoji) is `OTHER`.
 * Counts are kept for unigrams, bigrams and trigrams; a trigram is only counted where its middle
 * token is a syllable (after a break the model looks back one token: words start afresh; counting
 * across the space as well changed no guess on the tuning notes).
 * Shared by the build script (`scripts/build-ko-model.mjs`, the shipped counts) and the repair
 * (the vault's own clean notes are counted the same way at run time).
 */

/** Whitespace between syllables. */
export const WORD_BREAK = ' ';
/** Anything that is neither a Hangul syllable nor whitespace. */
export const OTHER = '#';

/** Whether `ch` is a precomposed Hangul syllable (가–힣). */
export function isSyllable(ch: string): boolean {
  return ch >= '\uAC00' && ch <= '\uD7A3';
}

/** The token a character stands for. */
export function tokenOf(ch: string): string {
  if (isSyllable(ch)) return ch;
  if (ch === ' ' || ch === '\n') return WORD_BREAK;
  return /\s/u.test(ch) ? WORD_BREAK : OTHER;
}

/** Whether a token is one of the two boundary tokens. */
export function isBreak(token: string): boolean {
  return token === WORD_BREAK || token === OTHER;
}

/** The token stream of a text: runs of one boundary token collapse, and it starts and ends with a break. */
export function tokenStream(text: string): string[] {
  const out = [WORD_BREAK];
  for (const ch of text) {
    const t = tokenOf(ch);
    if (t !== out[out.length - 1] || !isBreak(t)) out.push(t);
  }
  if (out[out.length - 1] !== WORD_BREAK) out.push(WORD_BREAK);
  return out;
}

/** Weighted n-gram counts; keys are the tokens joined (each token is one UTF-16 unit). */
export class NgramCounts {
  readonly counts: Map<string, number>;

  constructor(counts: Map<string, number> = new Map()) {
    this.counts = counts;
  }

  /** Counts every n-gram of `text` with `weight`. */
  addText(text: string, weight: number): void {
    this.addStream(tokenStream(text), weight);
  }

  /** Counts an already tokenised stream. */
  addStream(tokens: readonly string[], weight: number): void {
    for (let i = 1; i < tokens.length; i++) {
      const [a, b, c] = [tokens[i - 2], tokens[i - 1] ?? WORD_BREAK, tokens[i] ?? WORD_BREAK];
      this.bump(c, weight);
      this.bump(b + c, weight);
      if (a !== undefined && !isBreak(b)) this.bump(a + b + c, weight);
    }
  }

  private bump(key: string, weight: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + weight);
  }
}
