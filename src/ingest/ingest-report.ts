/** What an ingest reports, and the options it takes. */

/** One problem in the report: exactly the `errors[]` items of `bokseup ingest --json`. */
export interface IngestError {
  path: string;
  line: number;
  rule: string;
  message: string;
}

/** Exactly the JSON of `bokseup ingest --json`. Renamed notes count as updated. */
export interface IngestReport {
  scanned: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Fatal problems of every file that is bad now, changed or not, sorted by path and line. */
  errors: IngestError[];
}

export interface IngestOptions {
  /** Stamped on changed rows (`ingested_at`) and removed ones (`removed_at`). */
  now: Date;
  /** Parse every file even when unchanged (after a parser upgrade). */
  force?: boolean;
}
