/**
 * The leaf text blocks of a range of body lines: each list item's own paragraph, each paragraph,
 * heading and block quote, outside fenced code. A cloze is shown inside its block. A callout's
 * `[!type]` marker is left out (its title, if any, stays).
 */
import type { BodyLine } from './body-lines.js';

/** A leaf block: index of its first body line and its text (line texts joined by `\n`). */
export interface TextBlock {
  start: number;
  text: string;
}

/** An Obsidian callout marker opening a quote (`[!important]`, `[!note]-`): not part of the text. */
const CALLOUT = /^\[![^\]]*\][+-]?[ \t]*/;

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
    let j = i + 1;
    const texts = [line.text];
    if (line.kind !== 'heading') {
      const follows = line.kind === 'quote' ? 'quote' : 'text';
      for (; j < end && lines[j]?.kind === follows; j++) texts.push(lines[j]?.text ?? '');
    }
    const block = line.kind === 'quote' ? withoutCallout(i, texts) : { start: i, text: texts.join('\n') };
    if (block.text !== '') blocks.push(block);
    i = j;
  }
  return blocks;
}

/** A quote block without its callout marker; a marker alone on its line drops the line. */
function withoutCallout(start: number, texts: string[]): TextBlock {
  const first = texts[0] ?? '';
  if (!CALLOUT.test(first)) return { start, text: texts.join('\n') };
  const title = first.replace(CALLOUT, '');
  if (title !== '') return { start, text: [title, ...texts.slice(1)].join('\n') };
  return { start: start + 1, text: texts.slice(1).join('\n') };
}

function hasText(line: BodyLine): boolean {
  return line.kind === 'item' || line.kind === 'text' || line.kind === 'quote' || line.kind === 'heading';
}
