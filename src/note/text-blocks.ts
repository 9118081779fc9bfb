/**
 * The leaf text blocks of a range of body lines: each list item's own paragraph, each paragraph,
 * heading and block quote, outside fenced code. A cloze is shown inside its block.
 */
import type { BodyLine } from './body-lines.js';

/** A leaf block: index of its first body line and its text (line texts joined by `\n`). */
export interface TextBlock {
  start: number;
  text: string;
}

/** Leaf text blocks in body lines [start, end), in order. */
export function textBlocks(lines: readonly BodyLine[], start: number, end: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  let i = start;
  while (i < end) {
    const line = lines[i];
    if (line === undefined || !hasText(line)) {
      i++;
      continue;
    }
    const texts = [line.text];
    let j = i + 1;
    if (line.kind !== 'heading') {
      const follows = line.kind === 'quote' ? 'quote' : 'text';
      for (; j < end && lines[j]?.kind === follows; j++) texts.push(lines[j]?.text ?? '');
    }
    blocks.push({ start: i, text: texts.join('\n') });
    i = j;
  }
  return blocks;
}

function hasText(line: BodyLine): boolean {
  return line.kind === 'item' || line.kind === 'text' || line.kind === 'quote' || line.kind === 'heading';
}
