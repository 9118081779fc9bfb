/**
 * Parse one note file into its review fields, cards and lab steps, collecting diagnostics instead
 * of throwing. Pure: the caller reads the file and passes its text.
 */
import { detectDoubleEncoding } from '../text/encoding/detect-double-encoding.js';
import type { Diagnostic } from './diagnostic.js';
import { diagnostic } from './diagnostic.js';
import { extractCards } from './extract-cards.js';
import { readFrontmatter, type Frontmatter } from './frontmatter.js';
import type { Profile } from './profile.js';
import { PROFILES, profileFor } from './profile.js';
import { titleOf } from './note-title.js';
import { readFields } from './read-fields.js';
import type { DerivedAsWritten, NoteFields, ParsedNote } from './types.js';

/** A parse result: `note` is null when any diagnostic is fatal. */
export interface ParseResult {
  note: ParsedNote | null;
  diagnostics: Diagnostic[];
}

/** The double-encoding check `parseNote` runs first: a 1-based evidence line, or null when clean. */
export type EncodingCheck = (text: string) => { line: number; codePage?: string } | null;

/** The default check: the doctor's detector (Windows-1252/1254 mojibake). */
export const checkDoubleEncoding: EncodingCheck = (text) => {
  const report = detectDoubleEncoding(text);
  return report.suspected ? { line: report.line, codePage: report.codePage ?? '1254' } : null;
};

/** A note's frontmatter read through its profile, without the body: all `regen` needs. */
interface NoteHead {
  frontmatter: Frontmatter;
  profile: Profile;
  fields: NoteFields;
}

type Options = { detectEncoding?: EncodingCheck };

/**
 * The review fields of a note, or its fatal diagnostics (double-encoding first: a double-encoded
 * note's other problems are consequences of the encoding).
 */
export function readNoteHead(
  path: string,
  text: string,
  profiles: readonly Profile[] = PROFILES,
  opts: Options = {},
): { head: NoteHead | null; diagnostics: Diagnostic[] } {
  const encoding = encodingDiagnostic(path, text, opts.detectEncoding ?? checkDoubleEncoding);
  if (encoding !== null) return { head: null, diagnostics: [encoding] };
  const fm = readFrontmatter(path, text);
  if (!fm.ok) return { head: null, diagnostics: fm.diagnostics };
  const { frontmatter } = fm;
  const profile = profileFor(frontmatter.entries.keys(), profiles);
  const fields = readFields(path, frontmatter, profile);
  const diagnostics = [...fm.diagnostics, ...fields.diagnostics];
  if (fields.fields === null) return { head: null, diagnostics };
  return { head: { frontmatter, profile, fields: fields.fields }, diagnostics };
}

/**
 * Parse the note at `path` (relative to the vault, `/`-separated) whose text is `text`. A BOM and
 * CRLF line ends are accepted. The title is the file name without `.md`; the profile is the first
 * whose first-study key the frontmatter has (else the default).
 */
export function parseNote(
  path: string,
  text: string,
  profiles: readonly Profile[] = PROFILES,
  opts: Options = {},
): ParseResult {
  const { head, diagnostics } = readNoteHead(path, text, profiles, opts);
  if (head === null) return { note: null, diagnostics };
  const { frontmatter, profile } = head;
  const raw = text.slice(frontmatter.bodyStart).split(/\r?\n/);
  const body = extractCards(path, raw, frontmatter.bodyLine, profile);
  diagnostics.push(...body.diagnostics);
  const note: ParsedNote = {
    path,
    title: titleOf(path),
    profileId: profile.id,
    fields: head.fields,
    cards: body.cards,
    labSteps: body.labSteps,
    derivedAsWritten: derivedAsWritten(frontmatter, profile),
    diagnostics,
  };
  return { note, diagnostics };
}

function encodingDiagnostic(path: string, text: string, check: EncodingCheck): Diagnostic | null {
  const found = check(text);
  if (found === null) return null;
  const page = found.codePage ?? '1254';
  const message = `looks double-encoded (UTF-8 read as Windows-${page}); run \`bokseup doctor --fix-encoding\``;
  return diagnostic(path, found.line, 'double-encoded', message);
}

/** The values the note's derived keys hold now (see `ParsedNote.derivedAsWritten`). */
export function derivedAsWritten(fm: Frontmatter, profile: Profile): DerivedAsWritten {
  const out: DerivedAsWritten = {};
  for (const { key } of profile.derived) {
    const entry = fm.entries.get(key);
    if (entry === undefined) continue;
    const v = entry.value;
    out[key] = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
  }
  return out;
}
