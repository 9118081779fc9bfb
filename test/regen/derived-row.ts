/** The index row `regen --check` reads for a note, made from the note's text as ingest would record it. */
import { parseNote } from '../../src/note/index.js';
import type { DerivedRow } from '../../src/store/index.js';

export function derivedRow(path: string, text: string): DerivedRow {
  const { note } = parseNote(path, text);
  if (note === null) throw new Error(`${path} does not parse`);
  return {
    path,
    profileId: note.profileId,
    fields: note.fields,
    errors: null,
    derived: note.derivedAsWritten,
  };
}
