/**
 * Question cards from the cues section (`### 단서 질문`): each top-level list item is a card, its
 * first paragraph the question and everything indented under it the answer.
 */
import type { BodySource } from './body-source.js';
import { cardKey } from './card-key.js';
import { dedentBlock } from './dedent.js';
import type { Diagnostic } from './diagnostic.js';
import { diagnostic } from './diagnostic.js';
import type { SectionRange } from './find-section.js';
import { topLevelItems } from './list-items.js';
import type { Card } from './types.js';

/**
 * One question card per top-level item of `section`. Empty items are skipped; an item without an
 * answer still gives a card (recall without a written answer) and a non-fatal `answer-missing`.
 */
export function questionCards(body: BodySource, section: SectionRange, out: Diagnostic[]): Card[] {
  const cards: Card[] = [];
  for (const item of topLevelItems(body.lines, section.start, section.end)) {
    const prompt = item.paragraph.trim();
    const line = body.firstLine + item.start;
    if (prompt === '') continue;
    const answer = dedentBlock(body.raw.slice(item.paragraphEnd, item.end));
    if (answer === '') {
      out.push(
        diagnostic(body.file, line, 'answer-missing', `question "${prompt}" has no answer under it`, false),
      );
    }
    cards.push({ key: cardKey('question', prompt), kind: 'question', prompt, answer, line });
  }
  return cards;
}
