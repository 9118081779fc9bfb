/**
 * Terminal widths of plain text without loading `string-width`: printable ASCII counts 1 column;
 * Hangul syllables, Hangul compatibility jamo and CJK unified ideographs count 2 (East Asian Wide).
 * Each of those is one code unit and one grapheme, so cutting between code units is safe. Any
 * other character makes `plainWidth` return null, and the caller measures with `display-width.ts`.
 *
 * Why by hand: importing string-width starts ICU's grapheme segmenter and builds its Unicode
 * property regexes, ~40 ms of a `due` that lists Korean titles (a property test checks these
 * widths against string-width).
 */

/** Pad and cut to a width, the way both measurers do it. */
export interface TextFit {
  /** Pad `text` on the right to `width` columns (longer text is left as is). */
  pad(text: string, width: number): string;
  /** Cut `text` to at most `width` columns, ending in `…` when cut. */
  truncate(text: string, width: number): string;
}

function charWidth(c: number): number {
  if (c >= 0x20 && c <= 0x7e) return 1;
  // U+3164 HANGUL FILLER is default-ignorable: zero columns, left to string-width.
  if (
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0x3131 && c <= 0x318e && c !== 0x3164) ||
    (c >= 0x4e00 && c <= 0x9fff)
  )
    return 2;
  return 0;
}

/** Columns of `text` when every character is plain (see above), else null. */
export function plainWidth(text: string): number | null {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const w = charWidth(text.charCodeAt(i));
    if (w === 0) return null;
    width += w;
  }
  return width;
}

/** `TextFit` for text whose `plainWidth` is not null. */
export const plainFit: TextFit = {
  pad: (text, width) => text + ' '.repeat(Math.max(0, width - (plainWidth(text) ?? 0))),
  truncate: (text, width) => {
    if ((plainWidth(text) ?? 0) <= width) return text;
    if (width <= 0) return '';
    let used = 0;
    let end = 0;
    while (end < text.length && used + charWidth(text.charCodeAt(end)) <= width - 1) {
      used += charWidth(text.charCodeAt(end));
      end += 1;
    }
    return `${text.slice(0, end)}…`;
  },
};
