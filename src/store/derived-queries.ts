/**
 * What `regen --check` reads instead of the notes themselves: every live note's review inputs and
 * its derived frontmatter values as the last good ingest saw them (migration 007), or its errors.
 */
import type { Diagnostic } from '../note/diagnostic.js';
import type { DerivedAsWritten, NoteFields } from '../note/types.js';
import type { Db, Statement } from './open-database.js';

/** One live note as `regen --check` needs it. */
export interface DerivedRow {
  path: string;
  profileId: string | null;
  /** Null when the note never parsed. */
  fields: NoteFields | null;
  /** Fatal diagnostics of the file as it is now; null when it parses. */
  errors: Diagnostic[] | null;
  /** Null when no ingest has recorded them yet (the file must be read). */
  derived: DerivedAsWritten | null;
}

type Tuple = [string, string | null, string | null, string | null, string | null];

/** Reads of the stored derived values, bound to one connection. */
export class DerivedQueries {
  private readonly all: Statement<[], Tuple>;

  constructor(db: Db) {
    this.all = db
      .prepare<[], Tuple>(
        `SELECT n.path, n.profile, n.fields_json, n.error_json, d.values_json
         FROM notes n LEFT JOIN note_derived d ON d.note_id = n.id
         WHERE n.removed_at IS NULL AND n.kind = 'study' ORDER BY n.path`,
      )
      .raw(true);
  }

  /** Every live note, sorted by path, one at a time. */
  *each(): IterableIterator<DerivedRow> {
    for (const [path, profileId, fields, errors, derived] of this.all.iterate()) {
      yield {
        path,
        profileId,
        fields: fields === null ? null : (JSON.parse(fields) as NoteFields),
        errors: errors === null ? null : (JSON.parse(errors) as Diagnostic[]),
        derived: derived === null ? null : (JSON.parse(derived) as DerivedAsWritten),
      };
    }
  }
}
