/**
 * The parsed shape of a study note. Pure data: produced by `parseNote`, consumed by the schedule,
 * the store, the review and the lab.
 */
import type { Diagnostic } from './diagnostic.js';

/** Milestone stages, then the FSRS long-term phase; `extra` is the profile's "extra review" status. */
export type Stage = 'd1' | 'd4' | 'd7' | 'd14' | 'long-term' | 'extra';
export type Milestone = 'd1' | 'd4' | 'd7' | 'd14';
export const MILESTONES: readonly Milestone[] = ['d1', 'd4', 'd7', 'd14'];
export const MILESTONE_DAYS: Readonly<Record<Milestone, number>> = { d1: 1, d4: 4, d7: 7, d14: 14 };

export type { LocalDate } from '../time/clock.js';
import type { LocalDate } from '../time/clock.js';

/** The review inputs read from the frontmatter through the profile. */
export interface NoteFields {
  firstStudy: LocalDate;
  subject: string | null;
  done: Record<Milestone, boolean>;
  longTerm: boolean;
  /** Raw value of the review status key (`복습`), null when absent. */
  status: string | null;
}

/** `note`: the one card of a note without question, cloze or lab cards (the note reviewed as a whole). */
export type CardKind = 'question' | 'cloze' | 'lab' | 'note';

export interface Card {
  /**
   * Note-local stable key: hash of kind + normalised prompt. The store combines it with the note's
   * identity (which survives renames) into the card id, so editing an answer keeps the history.
   */
  key: string;
  kind: CardKind;
  /** Markdown shown before reveal; for clozes the span is replaced by `[…]`. */
  prompt: string;
  /** Markdown shown after reveal; for clozes the hidden text. */
  answer: string;
  /**
   * For clozes: where the card sits, the nearest heading above it and its parent list item
   * (`heading › parent`), shown with the prompt. Absent when there is neither.
   */
  context?: string;
  /** 1-based line in the file where the card's source begins. */
  line: number;
  /** For lab cards: the `## N.` number of the step. */
  labStep?: number;
}

/** One `$ ` command in a lab block, with the output lines the author showed under it. */
export interface LabCommand {
  /** The command text after `$ `, `sudo` kept as written (the lab drops it). */
  text: string;
  /** Trailing `# comment` removed from text, kept here. */
  comment?: string;
  output: string[];
  line: number;
}

/** A `## N. title` section of the lab with its Bash blocks. */
export interface LabStep {
  number: number;
  title: string;
  line: number;
  commands: LabCommand[];
}

/** A derived key's value as the frontmatter holds it: a YAML scalar, or null for a collection. */
export type DerivedAsWritten = Record<string, string | number | boolean | null>;

export interface ParsedNote {
  /** Path relative to the vault, `/`-separated. */
  path: string;
  title: string;
  profileId: string;
  fields: NoteFields;
  cards: Card[];
  labSteps: LabStep[];
  /**
   * The profile's derived keys as the note holds them now (a key the note lacks is absent; a list
   * or map is null): what `regen --check` compares with the values due today, without the file.
   */
  derivedAsWritten: DerivedAsWritten;
  /** Non-fatal diagnostics (fatal ones mean no ParsedNote). */
  diagnostics: Diagnostic[];
}
