/** One top-level entry of a note's frontmatter, as `readFrontmatter` gives it. */

/** The quoting style of a scalar in the source. */
export type ScalarStyle =
  'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED' | 'OTHER';

export interface FrontmatterEntry {
  key: string;
  /** The parsed value: string, number, boolean, null; collections are `undefined`. */
  value: unknown;
  style: ScalarStyle;
  /** Absolute [start, end) offsets of the value's source text in the note (end excludes comments). */
  range: [number, number];
  /** 1-based line of the key. */
  line: number;
  /** For a list of scalars (`tags: [a, b]`): its items as text. */
  items?: string[];
}
