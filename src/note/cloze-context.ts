/**
 * Where a cloze sits, shown with its prompt so a lone sentence ("… 처럼 동작한다.") has its subject:
 * the nearest heading above it in the section and, for a block inside a list, its parent item.
 */
import type { BodyLine } from './body-lines.js';
import { unmarkHighlights } from './highlights.js';

/** Separator between the heading and the parent item. */
const SEP = ' › ';

/**
 * `heading › parent item` for the block whose first line is `lines[start]`, looking no higher than
 * `sectionStart`; only one of them when the other is missing; undefined when neither is. The parent
 * is the first item above that is indented less than the block, with nothing else less indented
 * in between; a heading ends the search for both.
 */
export function clozeContext(
  lines: readonly BodyLine[],
  start: number,
  sectionStart: number,
): string | undefined {
  const own = lines[start];
  if (own === undefined) return undefined;
  let parent: string | undefined;
  let searching = own.indent > 0;
  let heading: string | undefined;
  for (let i = start - 1; i >= sectionStart; i--) {
    const line = lines[i];
    if (line === undefined || line.kind === 'blank' || line.kind === 'code' || line.kind === 'fence')
      continue;
    if (line.kind === 'heading') {
      heading = line.text;
      break;
    }
    if (!searching || line.indent >= own.indent) continue;
    if (line.kind === 'item') parent = line.text;
    searching = false;
  }
  const parts = [heading, parent].filter((p): p is string => p !== undefined && p.trim() !== '');
  return parts.length === 0 ? undefined : parts.map((p) => unmarkHighlights(p.trim())).join(SEP);
}
