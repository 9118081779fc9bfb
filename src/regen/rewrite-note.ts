/**
 * The new text of a note: review fields updated (flags, status) and every derived field
 * recomputed, written by surgical patching. Pure: text in, text out, so the compare-and-swap writer
 * can re-run it on whatever the file holds at write time. A note is written only when a value is
 * stale by the rule of `schedule/stale-derived.ts` (the time of day in `오늘1` alone does not make
 * it stale); when it is written, every derived value is brought up to date, the time of day too.
 */
import { diagnostic, type Diagnostic } from '../note/diagnostic.js';
import { patchFrontmatter } from '../note/frontmatter-patch.js';
import { readNoteHead } from '../note/parse-note.js';
import type { Frontmatter } from '../note/frontmatter.js';
import type { Profile } from '../note/profile.js';
import type { NoteFields } from '../note/types.js';
import { deriveFields } from '../schedule/derived-fields.js';
import { staleDerivedKeys, type Held } from '../schedule/stale-derived.js';
import type { Clock } from '../time/clock.js';
import { unregenerableKeys } from './unregenerable-keys.js';

/** Changes a command makes to the review inputs (milestone flags, long-term, status). */
export type FieldUpdate = (fields: NoteFields, profile: Profile) => NoteFields;

export type Rewrite =
  | {
      ok: true;
      text: string;
      changed: string[];
      missing: string[];
      /** Warnings for the keys that had to be left alone (a list, `!!binary`…), with their lines. */
      skipped: Diagnostic[];
      fields: NoteFields;
      profile: Profile;
    }
  | { ok: false; diagnostics: Diagnostic[] };

function inputChanges(
  before: NoteFields,
  after: NoteFields,
  profile: Profile,
): Map<string, string | boolean> {
  const k = profile.keys;
  const changes = new Map<string, string | boolean>();
  for (const m of ['d1', 'd4', 'd7', 'd14'] as const)
    if (before.done[m] !== after.done[m]) changes.set(k[m], after.done[m]);
  if (before.longTerm !== after.longTerm) changes.set(k.longTerm, after.longTerm);
  if (after.status !== null && before.status !== after.status) changes.set(k.status, after.status);
  return changes;
}

/** Recompute `text` (a note at vault path `path`) on `clock`, after applying `update`. */
export function rewriteNote(
  path: string,
  text: string,
  clock: Clock,
  update?: FieldUpdate,
  opts: { addMissing?: boolean } = {},
): Rewrite {
  const { head, problems } = studyHead(path, text);
  if (head === null) return { ok: false, diagnostics: problems };
  const { profile, fields: before } = head;
  const after = update ? update(before, profile) : before;
  const changes = inputChanges(before, after, profile);
  for (const [key, value] of deriveFields(profile, after, clock)) changes.set(key, value);
  const addMissing = opts.addMissing === true;
  if (staleKeysOf(head, changes, clock, addMissing).length === 0) {
    return { ok: true, text, changed: [], missing: [], skipped: [], fields: after, profile };
  }
  const result = patchFrontmatter(text, changes, { addMissing, file: path });
  return {
    ok: true,
    text: result.text,
    changed: result.changed,
    missing: result.missing,
    skipped: unregenerableKeys(path, head.frontmatter, result.skipped),
    fields: after,
    profile,
  };
}

type Changes = ReadonlyMap<string, string | boolean>;

/** The keys of `changes` the note's frontmatter holds stale values for (the shared rule). */
function staleKeysOf(
  head: { frontmatter: Frontmatter; profile: Profile },
  changes: Changes,
  clock: Clock,
  addMissing: boolean,
): string[] {
  const held = (key: string): Held => {
    const entry = head.frontmatter.entries.get(key);
    if (entry === undefined) return undefined;
    // A list or map (value undefined) or a tagged value: null, "a collection", as the index has it.
    const v = entry.value;
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : null;
  };
  return staleDerivedKeys(head.profile, held, changes, clock, addMissing);
}

/**
 * The derived keys of a note that `regen` would change on `clock` (for `--check`: no patching), or
 * its fatal diagnostics.
 */
export function staleKeys(
  path: string,
  text: string,
  clock: Clock,
  opts: { addMissing?: boolean } = {},
): { ok: true; keys: string[] } | { ok: false; diagnostics: Diagnostic[] } {
  const { head, problems } = studyHead(path, text);
  if (head === null) return { ok: false, diagnostics: problems };
  const derived = deriveFields(head.profile, head.fields, clock);
  return { ok: true, keys: staleKeysOf(head, derived, clock, opts.addMissing === true) };
}

const NOT_STUDY = {
  other: 'not a study note (its frontmatter has no first-study key)',
  template: 'a template (its first-study date is a placeholder)',
  excluded: "left out of the review by the vault's tag filter",
} as const;

/** The note's head, or why it has none: its fatal diagnostics, or that it is not a study note. */
function studyHead(path: string, text: string) {
  const { kind, head, diagnostics } = readNoteHead(path, text);
  if (head !== null) return { head, problems: [] };
  const problems = diagnostics.filter((d) => d.fatal);
  if (kind !== 'study') {
    problems.push(diagnostic(path, 1, 'not-a-study-note', `${path} is ${NOT_STUDY[kind]}; nothing to do`));
  }
  return { head: null, problems };
}
