/** What an ingest reports, and the options it takes. */
import type { WalkFilter } from '../vault/vault-filter.js';
import type { SkippedFile } from '../vault/walk.js';

/** One problem in the report: exactly the `errors[]` items of `bokseup ingest --json`. */
export interface IngestError {
  path: string;
  line: number;
  rule: string;
  message: string;
}

/**
 * Exactly the JSON of `bokseup ingest --json`. Renamed notes count as updated. `scanned` counts
 * every note file walked (the templates folder, dot folders and excluded paths are not walked);
 * the last four split the files of the vault by kind (see note/note-kind.ts): they add up to
 * `scanned` less the files that could not be read.
 */
export interface IngestReport {
  scanned: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Fatal problems of every file that is bad now, changed or not, sorted by path and line. */
  errors: IngestError[];
  /** Study notes, with or without errors. */
  studyNotes: number;
  /** Notes without a profile's marker key: daily notes, notes with other frontmatter, no frontmatter. */
  otherNotes: number;
  /** Study notes whose first-study value is a template placeholder. */
  templates: number;
  /** Study notes left out by the vault's tag filter. */
  excluded: number;
  /** Files and folders the walk could not take (dangling links, unreadable folders, bad names). */
  skipped: readonly SkippedFile[];
}

/** The report's counts by kind, all zero. */
export const NO_KINDS = { studyNotes: 0, otherNotes: 0, templates: 0, excluded: 0, skipped: [] } as const;

export interface IngestOptions {
  /** Stamped on changed rows (`ingested_at`) and removed ones (`removed_at`). */
  now: Date;
  /** Parse every file even when unchanged (after a parser upgrade). */
  force?: boolean;
  /**
   * A key of the settings that decide what a file is (the tag filter): when it differs from the
   * one the last ingest stored, every file is parsed again.
   */
  settingsKey?: string;
  /** Which folders and files the walk takes (default: all, dot folders and node_modules aside). */
  walk?: WalkFilter;
}
