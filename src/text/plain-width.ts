/**
 * Terminal widths of plain text without loading `string-width`: printable ASCII counts 1 column, and
 * a letter that Unicode's East Asian Width property (`get-east-asian-width`, which string-width
 * itself uses) calls wide or fullwidth counts 2, when it is its own grapheme (no default-ignorable
 * filler, no conjoining jamo: a Hangul letter must be a precomposed syllable or a compatibility
 * jamo, both of which decompose). Each such character is one grapheme, so cutting between them is
 * safe. Any other character makes `plainWidth` return null, and the caller measures with
 * `display-width.ts`.
 *
 * Why: importing string-width starts ICU's grapheme segmenter and builds its Unicode property
 * regexes, ~40 ms of a `due` that lists Korean titles (a property test checks these widths
 * against string-width).
 */
import { eastAsianWidthType } from 'get-east-asian-width';

/** Pad and cut to a width, the way both measurers do it. */
export interface TextFit {
  /** Columns of `text`. */
  width(text: string): number;
  /** Pad `text` on the right to `width` columns (longer text is left as is). */
  pad(text: string, width: number): string;
  /** Cut `text` to at most `width` columns, ending in `…` when cut. */
  truncate(text: string, width: number): string;
}

const LETTER = /^\p{L}$/u;
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const HANGUL = /^\p{Script=Hangul}$/u;

/** Columns of one code point when it is plain (see above), else 0. */
function charWidth(c: string): number {
  const cp = c.codePointAt(0) ?? 0;
  if (cp >= 0x20 && cp <= 0x7e) return 1;
  const type = eastAsianWidthType(cp);
  if (type !== 'wide' && type !== 'fullwidth') return 0;
  if (!LETTER.test(c) || IGNORABLE.test(c)) return 0;
  return HANGUL.test(c) && c.normalize('NFKD') === c ? 0 : 2;
}

/** Columns of `text` when every character is plain (see above), else null. */
export function plainWidth(text: string): number | null {
  let width = 0;
  for (const c of text) {
    const w = charWidth(c);
    if (w === 0) return null;
    width += w;
  }
  return width;
}

/** `TextFit` for text whose `plainWidth` is not null. */
export const plainFit: TextFit = {
  width: (text) => plainWidth(text) ?? 0,
  pad: (text, width) => text + ' '.repeat(Math.max(0, width - (plainWidth(text) ?? 0))),
  truncate: (text, width) => {
    if ((plainWidth(text) ?? 0) <= width) return text;
    if (width <= 0) return '';
    let used = 0;
    let out = '';
    for (const c of text) {
      if (used + charWidth(c) > width - 1) break;
      used += charWidth(c);
      out += c;
    }
    return `${out}…`;
  },
};
