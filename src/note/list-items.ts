/**
 * The top-level list items of a range of body lines, each split into its first paragraph and the
 * rest of its content (the indented paragraphs, nested lists and code under it).
 */
import type { BodyLine } from './body-lines.js';

/** One top-level list item: line indices into the body. */
export interface ListItem {
  /** Index of the marker line. */
  start: number;
  /** Index just after the item's first paragraph. */
  paragraphEnd: number;
  /** Index just after the item's last line (trailing blank lines excluded). */
  end: number;
  /** The first paragraph: the marker line's text and its continuation lines, joined by `\n`. */
  paragraph: string;
}

/** Top-level list items (marker indented 0–3 columns) in body lines [start, end). */
export function topLevelItems(lines: readonly BodyLine[], start: number, end: number): ListItem[] {
  const items: ListItem[] = [];
  let i = start;
  while (i < end) {
    const line = lines[i];
    if (line?.kind !== 'item' || line.indent > 3) {
      i++;
      continue;
    }
    const item = readItem(lines, i, end);
    items.push(item);
    i = Math.max(item.end, item.paragraphEnd, i + 1);
  }
  return items;
}

function readItem(lines: readonly BodyLine[], start: number, end: number): ListItem {
  const marker = lines[start];
  const texts = [marker?.text ?? ''];
  let i = start + 1;
  for (; i < end && lines[i]?.kind === 'text'; i++) texts.push(lines[i]?.text ?? '');
  const paragraphEnd = i;
  const contentIndent = marker?.contentIndent ?? 2;
  let last = paragraphEnd;
  for (let j = paragraphEnd; j < end; j++) {
    const line = lines[j];
    if (line === undefined || line.kind === 'blank' || line.kind === 'code') {
      if (line?.kind === 'code') last = j + 1;
      continue;
    }
    if (line.indent < contentIndent && !isLazy(line, lines[j - 1])) break;
    last = j + 1;
  }
  return { start, paragraphEnd, end: last, paragraph: texts.join('\n') };
}

/** An unindented text line right after paragraph text continues that paragraph (lazy continuation). */
function isLazy(line: BodyLine, previous: BodyLine | undefined): boolean {
  return line.kind === 'text' && (previous?.kind === 'text' || previous?.kind === 'item');
}
