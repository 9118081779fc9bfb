/**
 * Parse one note file into its review fields, cards and lab steps, collecting diagnostics instead
 * of throwing. Pure: the caller reads the file and passes its text.
 */
import { detectDoubleEncoding } from '../text/encoding/detect-double-encoding.js';
import type { Diagnostic } from './diagnostic.js';
import { diagnostic } from './diagnostic.js';
import { extractCards } from './extract-cards.js';
import { locateFrontmatter, readFrontmatter, type Frontmatter } from './frontmatter.js';
import { checkFrontmatterLimits } from './frontmatter-limits.js';
import { hasPlaceholderDate, mentionsMarker, studyProfile, type NoteKind } from './note-kind.js';
import { excludedByTags, frontmatterTags, inlineTags, type TagFilter } from './note-tags.js';
import type { Profile } from './profile.js';
import { PROFILES } from './profile.js';
import { titleOf } from './note-title.js';
import { readFields } from './read-fields.js';
import type { DerivedAsWritten, NoteFields, ParsedNote } from './types.js';

/**
 * A parse result: `note` is null when any diagnostic is fatal, and for every file that is not a
 * study note (`kind` other than `study`: those never have diagnostics).
 */
export interface ParseResult {
  kind: NoteKind;
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

/** How to parse: the double-encoding check, and the vault's tag filter (plain data). */
export type ParseOptions = { detectEncoding?: EncodingCheck; tags?: TagFilter };

type Head = { kind: NoteKind; head: NoteHead | null; diagnostics: Diagnostic[] };

const notStudy = (kind: NoteKind): Head => ({ kind, head: null, diagnostics: [] });

/**
 * The review fields of a note, or its fatal diagnostics (double-encoding first: a double-encoded
 * note's other problems are consequences of the encoding). A file without frontmatter, or whose
 * frontmatter has no profile's marker key, is an `other` note, with no diagnostics.
 */
export function readNoteHead(
  path: string,
  text: string,
  profiles: readonly Profile[] = PROFILES,
  opts: ParseOptions = {},
): Head {
  const located = locateFrontmatter(text);
  if (located === null) return notStudy('other');
  const limit = checkFrontmatterLimits(path, text.slice(located[0], located[1]), 2);
  if (limit !== null) {
    const study = mentionsMarker(text.slice(located[0], located[1]), profiles);
    return study ? { kind: 'study', head: null, diagnostics: [limit] } : notStudy('other');
  }
  const encoding = encodingDiagnostic(path, text, opts.detectEncoding ?? checkDoubleEncoding);
  if (encoding !== null) return { kind: 'study', head: null, diagnostics: [encoding] };
  const yamlText = text.slice(located[0], located[1]);
  if (!mentionsMarker(yamlText, profiles)) return notStudy('other');
  if (hasPlaceholderDate(yamlText, profiles)) return notStudy('template');
  const fm = readFrontmatter(path, text, located);
  if (!fm.ok) return { kind: 'study', head: null, diagnostics: fm.diagnostics };
  const { frontmatter } = fm;
  const profile = studyProfile(frontmatter.entries.keys(), profiles);
  if (profile === null) return notStudy('other'); // a marker's name only in a value or a comment
  const tags = opts.tags;
  const filtered = tags !== undefined && tags.include.length + tags.exclude.length > 0;
  if (filtered && excludedByTags(tagsOf(text, frontmatter), tags)) return notStudy('excluded');
  const fields = readFields(path, frontmatter, profile);
  const diagnostics = [...fm.diagnostics, ...fields.diagnostics];
  if (fields.fields === null) return { kind: 'study', head: null, diagnostics };
  return { kind: 'study', head: { frontmatter, profile, fields: fields.fields }, diagnostics };
}

function tagsOf(text: string, fm: Frontmatter): string[] {
  const property = frontmatterTags(fm.entries.get('tags') ?? fm.entries.get('tag'));
  return [...property, ...inlineTags(text.slice(fm.bodyStart).split(/\r?\n/))];
}

/**
 * Parse the note at `path` (relative to the vault, `/`-separated) whose text is `text`. A BOM and
 * CRLF line ends are accepted. The title is the file name without `.md`; the profile is the first
 * with a marker key in the frontmatter.
 */
export function parseNote(
  path: string,
  text: string,
  profiles: readonly Profile[] = PROFILES,
  opts: ParseOptions = {},
): ParseResult {
  const { kind, head, diagnostics } = readNoteHead(path, text, profiles, opts);
  if (head === null) return { kind, note: null, diagnostics };
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
  return { kind, note, diagnostics };
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
