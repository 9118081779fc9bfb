/**
 * The note-local identity of a card.
 */
import { sha256Hex as sha256 } from '../text/sha256.js';
import type { CardKind } from './types.js';

const MARKS = /[*_~=`]+/g;
const SPACES = /\s+/g;
const TRAILING = new Set([' ', '.', ',', ';', ':', '!', '?', '。', '、', '…', '·']);

/**
 * The prompt as identity sees it: Unicode NFC, Markdown emphasis/highlight/code marks (`*`, `_`,
 * `~`, `=`, `` ` ``) dropped, whitespace collapsed, trailing punctuation dropped, lowercase.
 */
export function normalisePrompt(prompt: string): string {
  const s = prompt.normalize('NFC').replace(MARKS, '').replace(SPACES, ' ');
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === ' ') start++;
  while (end > start && TRAILING.has(s[end - 1] ?? '')) end--;
  return s.slice(start, end).toLowerCase();
}

/**
 * A card's stable key: the first 16 hex digits of SHA-256 over the kind and the normalised prompt
 * (plus the occurrence number when the same prompt appears more than once in a note).
 *
 * What keeps a card's review history: editing its answer (the indented answer of a question, the
 * text inside a cloze's `==…==`), re-spacing, re-punctuating the end, changing emphasis marks or
 * letter case of its prompt, and renaming or moving the note (the store adds the note's identity).
 * What resets it (a new card): editing the question text or, for a cloze, the words around the
 * highlight; for a lab step, its number or title.
 */
export function cardKey(kind: CardKind, prompt: string, occurrence = 1): string {
  const suffix = occurrence > 1 ? `\n#${occurrence}` : '';
  return sha256(`${kind}\n${normalisePrompt(prompt)}${suffix}`).slice(0, 16);
}
