/**
 * `new`'s job: a new note from the profile's template, first study today, every derived field
 * filled in (the template regenerated once).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newNoteText } from '../note/note-template.js';
import { profileById, PROFILES } from '../note/profile.js';
import type { LocalDate, NoteFields } from '../note/types.js';
import { deriveFields } from '../schedule/derived-fields.js';
import { today, type Clock } from '../time/clock.js';
import { usageError } from '../text/user-error.js';

// eslint-disable-next-line no-control-regex -- control characters cannot be in a file name
const BAD_NAME = /[/\\:*?"<>|\u0000-\u001f]/;

export interface NewNote {
  /** Absolute path of the new file. */
  file: string;
  firstStudy: LocalDate;
}

/** Create `TITLE.md` in `vault`; a usage error for a bad name, an unknown profile or an existing file. */
export function createNote(
  vault: string,
  title: string,
  opts: { subject?: string; profile: string },
  clock: Clock,
): NewNote {
  const name = title.trim();
  if (name === '' || BAD_NAME.test(name))
    throw usageError(`"${title}" cannot be a file name (no / \\ : * ? " < > |)`);
  if (!PROFILES.some((p) => p.id === opts.profile)) {
    throw usageError(
      `--profile: unknown profile "${opts.profile}" (${PROFILES.map((p) => p.id).join(', ')})`,
    );
  }
  const profile = profileById(opts.profile);
  const file = path.join(vault, `${name}.md`);
  if (existsSync(file)) throw usageError(`${file} already exists`);
  const first = today(clock);
  const fields: NoteFields = {
    firstStudy: first,
    subject: opts.subject ?? null,
    done: { d1: false, d4: false, d7: false, d14: false },
    longTerm: false,
    status: null,
  };
  const text = newNoteText(profile, {
    firstStudy: first,
    subject: fields.subject,
    derived: deriveFields(profile, fields, clock),
  });
  mkdirSync(vault, { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  return { file, firstStudy: first };
}
