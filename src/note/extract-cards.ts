/**
 * All cards of a note body, in the order the review shows them: questions, clozes, lab steps; a
 * note without any of them is one whole-note card.
 */
import { scanBodyLines } from './body-lines.js';
import { cardKey } from './card-key.js';
import { clozeCards } from './cloze-cards.js';
import type { Diagnostic } from './diagnostic.js';
import { diagnostic } from './diagnostic.js';
import { findSection } from './find-section.js';
import { labCards } from './lab-cards.js';
import { extractLabSteps } from './lab-steps.js';
import type { Profile } from './profile.js';
import type { BodySource } from './body-source.js';
import { questionCards } from './question-cards.js';
import { wholeNoteCard } from './whole-note-card.js';
import type { Card, LabStep } from './types.js';

/** Cards, lab steps and non-fatal findings of a note body. */
export interface BodyCards {
  cards: Card[];
  labSteps: LabStep[];
  diagnostics: Diagnostic[];
}

/**
 * Extract the cards of a note body. `raw` are the body's lines (no terminators), `firstLine` the
 * 1-based file line of `raw[0]`. A missing cues or core section is a non-fatal `section-missing`.
 * Two cards with the same key (a repeated question) get distinct keys by occurrence, and a
 * non-fatal `duplicate-card`.
 */
export function extractCards(
  file: string,
  raw: readonly string[],
  firstLine: number,
  profile: Profile,
): BodyCards {
  const body: BodySource = { file, raw, lines: scanBodyLines(raw), firstLine };
  const diagnostics: Diagnostic[] = [];
  const cards: Card[] = [];
  let labSteps: LabStep[] = [];
  const cues = findSection(body.lines, profile.sections.cues);
  if (cues === null) diagnostics.push(missing(file, profile.sections.cues));
  else cards.push(...questionCards(body, cues, diagnostics));
  const core = findSection(body.lines, profile.sections.core);
  if (core === null) diagnostics.push(missing(file, profile.sections.core));
  else {
    cards.push(...clozeCards(body, core));
    labSteps = extractLabSteps(raw.slice(core.start, core.end), firstLine + core.start);
    cards.push(...labCards(body, labSteps));
  }
  if (cards.length === 0) cards.push(wholeNoteCard(body, profile));
  return { cards: disambiguate(file, cards, diagnostics), labSteps, diagnostics };
}

function missing(file: string, heading: string): Diagnostic {
  return diagnostic(file, 0, 'section-missing', `no "${heading}" section: its cards are missing`, false);
}

function disambiguate(file: string, cards: Card[], out: Diagnostic[]): Card[] {
  const seen = new Map<string, number>();
  return cards.map((card) => {
    const n = (seen.get(card.key) ?? 0) + 1;
    seen.set(card.key, n);
    if (n === 1) return card;
    out.push(
      diagnostic(file, card.line, 'duplicate-card', `the same ${card.kind} card appears again`, false),
    );
    return { ...card, key: cardKey(card.kind, identityText(card), n) };
  });
}

/** The text a card's key is computed from: the prompt, or a lab card's header line. */
function identityText(card: Card): string {
  return card.kind === 'lab' ? (card.prompt.split('\n')[0] ?? '') : card.prompt;
}
