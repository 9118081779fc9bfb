/**
 * A revealed cloze: its prompt with the gap filled by the hidden text, the text fenced by two
 * private-use characters that `Markdown` draws highlighted (whatever Markdown the text holds).
 */
import type { QueueCard } from './types.js';

/** The gap a cloze prompt shows where its span is hidden (note/cloze-cards.ts writes it). */
const GAP = '[…]';
/** Open and close marks of a revealed span in Markdown text handed to `Markdown`. */
export const REVEAL_OPEN = '\uE000';
export const REVEAL_CLOSE = '\uE001';

/** The cloze's prompt with its first gap replaced by the marked answer (the prompt as is without a gap). */
export function revealCloze(card: Pick<QueueCard, 'prompt' | 'answer'>): string {
  const at = card.prompt.indexOf(GAP);
  if (at === -1) return card.prompt;
  return `${card.prompt.slice(0, at)}${REVEAL_OPEN}${card.answer}${REVEAL_CLOSE}${card.prompt.slice(at + GAP.length)}`;
}
