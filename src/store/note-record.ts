/**
 * A parsed note as the store writes it: its columns, JSON already made, and its cards as one flat
 * list. Ingest's worker threads make these, so what crosses to the writing thread is a few strings
 * and one array of scalars per note instead of the parsed note's tree of objects (copying that tree
 * between threads, and turning it into JSON there, was a fifth of the writing thread's time).
 */
import type { Card, ParsedNote } from '../note/types.js';

/** The fields of one card in CARD_FIELDS order, card after card. */
export type FlatCards = (string | number | null)[];

/** Each card's fields in `FlatCards`: key, kind, prompt, answer, context, line, lab step. */
export const CARD_FIELDS = 7;

/** What `NoteWriter.upsert` writes for a note that parsed. */
export interface NoteRecord {
  title: string;
  subject: string | null;
  profile: string;
  firstStudy: string;
  fieldsJson: string;
  /** The parsed note minus what has its own columns or table (cards live in `cards`). */
  parsedJson: string;
  /** `derivedAsWritten` (note_derived). */
  derivedJson: string;
  /** The cards, a duplicate key dropped (it would be the same card: the first is kept). */
  cards: FlatCards;
}

/** The record of a parsed note. */
export function noteRecord(note: ParsedNote): NoteRecord {
  return {
    title: note.title,
    subject: note.fields.subject,
    profile: note.profileId,
    firstStudy: note.fields.firstStudy,
    fieldsJson: JSON.stringify(note.fields),
    parsedJson: JSON.stringify({ labSteps: note.labSteps, diagnostics: note.diagnostics }),
    derivedJson: JSON.stringify(note.derivedAsWritten),
    cards: flatCards(note.cards),
  };
}

function flatCards(cards: readonly Card[]): FlatCards {
  const out: FlatCards = [];
  const seen = new Set<string>();
  for (const c of cards) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    out.push(c.key, c.kind, c.prompt, c.answer, c.context ?? null, c.line, c.labStep ?? null);
  }
  return out;
}

/** The keys of a record's cards, in order. */
export function recordCardKeys(record: NoteRecord): string[] {
  const keys: string[] = [];
  for (let i = 0; i < record.cards.length; i += CARD_FIELDS) keys.push(String(record.cards[i]));
  return keys;
}
