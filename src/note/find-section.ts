/**
 * Find a note section by its heading text, as the profile names it (`단서 질문`, `핵심 필기`).
 */
import type { BodyLine } from './body-lines.js';

/** A section's content: body line indices [start, end), `start` just after the heading. */
export interface SectionRange {
  /** Index of the heading line. */
  heading: number;
  start: number;
  end: number;
}

/**
 * The first section whose heading (level 1–6, not indented as a code block) has exactly `name`
 * as its trimmed text. Template sections are siblings at one level (`###`), so a section runs until
 * the next heading of the same level: `#`/`##` headings written inside it (the lab's `## 1.` steps,
 * unindented or inside a list item) and deeper ones belong to it. Null when there is none.
 */
export function findSection(lines: readonly BodyLine[], name: string): SectionRange | null {
  const wanted = name.trim().normalize('NFC');
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i];
    if (h === undefined || !isTopHeading(h) || h.text.normalize('NFC') !== wanted) continue;
    let end = i + 1;
    while (end < lines.length) {
      const next = lines[end];
      if (next !== undefined && isTopHeading(next) && next.level === h.level) break;
      end++;
    }
    return { heading: i, start: i + 1, end };
  }
  return null;
}

function isTopHeading(line: BodyLine): boolean {
  return line.kind === 'heading' && line.indent <= 3;
}
