/**
 * Terminal column widths for Korean, emoji and ANSI-coloured text. `string-width` (already in
 * node_modules as a dependency of ink) does the measuring: East Asian Wide and emoji count 2,
 * ambiguous-width shades (·░▒▓█) count 1, ANSI escapes count 0.
 */
import stringWidth from 'string-width';
import type { TextFit } from './plain-width.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Columns `text` occupies in a terminal. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Cut `text` to at most `width` columns, ending in `…` when cut; never splits a grapheme. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Pad `text` with spaces on the right (or left) to `width` columns; longer text is left as is. */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** `TextFit` for any text. */
export const fullFit: TextFit = { width: displayWidth, pad: padToWidth, truncate: truncateToWidth };
