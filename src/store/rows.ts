/**
 * The shapes the store reads and writes. Times cross the boundary as `Date` and are stored as
 * ISO-8601 UTC text; calendar dates stay `yyyy-MM-dd` strings.
 */
import type { Diagnostic } from '../note/diagnostic.js';
import type { MemoryState } from '../schedule/fsrs.js';
import type { Grade } from '../schedule/grade.js';
import type { NoteKind } from '../note/note-kind.js';
import type { NoteRecord } from './note-record.js';
import type { Card, LocalDate, Milestone, NoteFields, Stage } from '../note/types.js';

/** A compact row per live note, cheap enough to list 10 000 of them on every command. */
export interface NoteRow {
  id: string;
  /** Relative to the vault, `/`-separated, as on disk. */
  path: string;
  title: string;
  subject: string | null;
  profileId: string | null;
  firstStudy: LocalDate | null;
  /** The frontmatter inputs; null when the note never parsed. */
  fields: NoteFields | null;
  /** Fatal diagnostics of the file as it is now; null when it parses. Other data is from the last good version. */
  errors: Diagnostic[] | null;
  /** Live cards of the note. */
  cardCount: number;
  /** Earliest FSRS due instant among its cards that have a memory state, null when none has. */
  nextCardDue: Date | null;
}

/** What ingest writes for one file. `note` null means it did not parse (see `errors`). */
export interface NoteUpsert {
  /** The note's identity; a new one is made when absent. */
  id?: string;
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
  /** The note as `noteRecord` makes it. */
  note: NoteRecord | null;
  errors: Diagnostic[] | null;
  at: Date;
  /** What the file is (default `study`); a file of another kind has no note and no errors. */
  kind?: NoteKind;
}

/** A card as stored, with its FSRS memory state (null fields before its first long-term review). */
export interface StoredCard extends Card {
  id: string;
  noteId: string;
  position: number;
  memory: CardMemory | null;
}

/** FSRS memory of one card: exactly the schedule's `MemoryState` (ts-fsrs `Card` fields). */
export type CardMemory = MemoryState;

/** New memory of a card after a session. */
export interface CardStateUpdate extends CardMemory {
  cardId: string;
}

/** A review session as the review TUI reports it. */
export interface SessionInput {
  startedAt: Date;
  endedAt: Date;
  quitEarly: boolean;
}

/** One graded card (or, with `cardId` null, a milestone marked outside the TUI). */
export interface ReviewInput {
  cardId: string | null;
  noteId: string;
  at: Date;
  grade: Grade;
  durationMs: number | null;
  stage: Stage;
  /** Milestones this review completed (overdue ones collapse into one review). */
  milestones: Milestone[];
}

/** One run of a learner's commands against a lab step. */
export interface LabAttemptInput {
  noteId: string;
  step: number;
  at: Date;
  passed: boolean;
  answers: string[];
  differences: unknown[];
  durationMs: number | null;
}

/** Reviews of one local calendar day. `retention` = share graded ≥ 2 (null when no reviews). */
export interface DayStat {
  day: LocalDate;
  reviews: number;
  passed: number;
  retention: number | null;
}
