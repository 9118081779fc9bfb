/**
 * The Markdown shown as a card's answer. Lab answers are the reference commands (`$ …` lines),
 * which Markdown would run together into one paragraph: they are shown as a code block.
 */
import type { QueueCard } from './types.js';

/** The answer Markdown of `card`, with a lab step's commands fenced as code. */
export function answerSource(card: Pick<QueueCard, 'kind' | 'answer'>): string {
  if (card.kind !== 'lab' || card.answer.includes('```')) return card.answer;
  const fence = card.answer.includes('~~~') ? '````' : '```';
  return `${fence}\n${card.answer}\n${fence}`;
}
