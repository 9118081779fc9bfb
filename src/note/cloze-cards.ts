/**
 * Cloze cards from the core-notes section (`### 핵심 필기`): every `==highlight==` hides its span
 * in the list item or paragraph that holds it.
 */
import { cardKey } from './card-key.js';
import type { SectionRange } from './find-section.js';
import type { Highlight } from './highlights.js';
import { findHighlights, unmarkHighlights } from './highlights.js';
import type { BodySource } from './body-source.js';
import { clozeContext } from './cloze-context.js';
import { textBlocks } from './text-blocks.js';
import type { Card } from './types.js';

/** The mark that replaces a hidden span in a cloze prompt. */
export const CLOZE_GAP = '[…]';

/**
 * One cloze card per highlight in `section`. Prompt: the block with that span as `[…]` and any
 * other highlights shown unmarked; answer: the hidden text; context: where the block sits (the
 * heading above it and its parent item, see cloze-context.ts). The card's line is the line of the
 * highlight itself.
 */
export function clozeCards(body: BodySource, section: SectionRange): Card[] {
  const cards: Card[] = [];
  for (const block of textBlocks(body.lines, section.start, section.end)) {
    if (!block.text.includes('==')) continue;
    const spans = findHighlights(block.text);
    if (spans.length === 0) continue;
    const context = clozeContext(body.lines, block.start, section.start);
    for (const span of spans) {
      const prompt = clozePrompt(block.text, spans, span);
      const line = body.firstLine + block.start + countNewlines(block.text, span.start);
      const card: Card = { key: cardKey('cloze', prompt), kind: 'cloze', prompt, answer: span.inner, line };
      if (context !== undefined) card.context = context;
      cards.push(card);
    }
  }
  return cards;
}

function clozePrompt(text: string, spans: readonly Highlight[], hidden: Highlight): string {
  const before = spans.filter((s) => s.end <= hidden.start);
  const after = spans.filter((s) => s.start >= hidden.end);
  const head = unmarkHighlights(text.slice(0, hidden.start), before);
  const tail = unmarkHighlights(
    text.slice(hidden.end),
    after.map((s) => ({ ...s, start: s.start - hidden.end, end: s.end - hidden.end })),
  );
  return `${head}${CLOZE_GAP}${tail}`;
}

function countNewlines(text: string, before: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < before; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
