/**
 * Surgical frontmatter patching (DESIGN §5): each changed scalar's exact source range is replaced,
 * keeping its quoting style; every other byte of the note (other keys, order, comments, spacing, CRLF,
 * BOM, body) stays identical. Nothing is re-serialised.
 *
 * The result is always checked by reading it back: an edit whose output would not read back as the
 * wanted value (an exotic tag, a structure the ranges do not describe) is dropped and reported in
 * `skipped` rather than written.
 */
import type { Frontmatter, FrontmatterEntry } from './frontmatter.js';
import { readFrontmatter } from './frontmatter.js';
import { FrontmatterPatchError } from './frontmatter-patch-error.js';
import { renderYamlKey, renderYamlScalar } from './yaml-scalar-render.js';

export interface PatchOptions {
  /** Append keys the note lacks (off by default: the user removed them on purpose). */
  addMissing?: boolean;
  /** Name of the note in diagnostics when its frontmatter cannot be read. */
  file?: string;
}

export interface PatchResult {
  /** The patched note; identical to the input when nothing changed. */
  text: string;
  /** Existing keys whose value was replaced, in the order of `changes`. */
  changed: string[];
  /** Keys absent from the note that were not added. */
  missing: string[];
  /** Keys absent from the note that were appended (only with `addMissing`). */
  added: string[];
  /** Keys left untouched because their value is a block scalar, a collection or otherwise unsafe. */
  skipped: string[];
}

interface Edit {
  key: string;
  value: string | boolean;
  start: number;
  end: number;
  insert: string;
  appended: boolean;
}

/**
 * Set each key of `changes` to its wanted value in the note `text`, touching only the bytes of the
 * values that differ. Throws FrontmatterPatchError when the frontmatter cannot be read.
 */
export function patchFrontmatter(
  text: string,
  changes: ReadonlyMap<string, string | boolean>,
  opts: PatchOptions = {},
): PatchResult {
  const read = readFrontmatter(opts.file ?? 'note', text);
  if (!read.ok) throw new FrontmatterPatchError('the frontmatter cannot be read', read.diagnostics);
  const fm = read.frontmatter;
  const { planned, missing, skipped } = planEdits(text, fm, changes, opts.addMissing === true);
  const accepted = settle(text, fm, planned);
  for (const e of planned) if (!accepted.includes(e)) (e.appended ? missing : skipped).push(e.key);
  return {
    text: applyEdits(text, accepted),
    changed: accepted.filter((e) => !e.appended).map((e) => e.key),
    missing,
    added: accepted.filter((e) => e.appended).map((e) => e.key),
    skipped,
  };
}

interface Plan {
  planned: Edit[];
  missing: string[];
  skipped: string[];
}

/** One edit per key whose value differs (or is absent and may be added). */
function planEdits(
  text: string,
  fm: Frontmatter,
  changes: ReadonlyMap<string, string | boolean>,
  addMissing: boolean,
): Plan {
  const plan: Plan = { planned: [], missing: [], skipped: [] };
  for (const [key, wanted] of changes) {
    const entry = fm.entries.get(key);
    if (entry === undefined) {
      if (addMissing) plan.planned.push(appendEdit(text, fm, key, wanted));
      else plan.missing.push(key);
    } else if (entry.value !== wanted) {
      const edit = replaceEdit(text, entry, wanted);
      if (edit === null) plan.skipped.push(key);
      else plan.planned.push(edit);
    }
  }
  return plan;
}

/** The edit replacing an existing value, or null when its style is not safe to touch. */
function replaceEdit(text: string, entry: FrontmatterEntry, value: string | boolean): Edit | null {
  const { key, style } = entry;
  if (style !== 'PLAIN' && style !== 'QUOTE_DOUBLE' && style !== 'QUOTE_SINGLE') return null;
  const [start, end] = entry.range;
  const rendered = renderYamlScalar(value, style);
  if (start < end) return { key, value, start, end, insert: rendered, appended: false };
  // `key:` with nothing (maybe spaces and a comment): insert right after the colon.
  let at = start;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  if (text[at - 1] !== ':') return null;
  return { key, value, start: at, end: at, insert: ` ${rendered}`, appended: false };
}

/** A new `key: value` line at the end of the frontmatter, with the file's own line ending. */
function appendEdit(text: string, fm: Frontmatter, key: string, value: string | boolean): Edit {
  const eol = text.slice(0, fm.yamlStart).endsWith('\r\n') ? '\r\n' : '\n';
  const insert = `${renderYamlKey(key)}: ${renderYamlScalar(value, 'PLAIN')}${eol}`;
  return { key, value, start: fm.yamlEnd, end: fm.yamlEnd, insert, appended: true };
}

/** Apply non-overlapping edits; edits at the same offset keep their order. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let prev = 0;
  for (const e of sorted) {
    out += text.slice(prev, e.start) + e.insert;
    prev = e.end;
  }
  return out + text.slice(prev);
}

/** The edits whose result reads back correctly: all of them, else those that pass one by one. */
function settle(text: string, fm: Frontmatter, edits: readonly Edit[]): Edit[] {
  if (edits.length === 0 || readsBack(text, fm, edits)) return [...edits];
  const good = edits.filter((e) => readsBack(text, fm, [e]));
  return readsBack(text, fm, good) ? good : [];
}

/** Does the patched text read back with the wanted values for edited keys and the old ones elsewhere? */
function readsBack(text: string, fm: Frontmatter, edits: readonly Edit[]): boolean {
  const read = readFrontmatter('note', applyEdits(text, edits));
  if (!read.ok) return false;
  const after = read.frontmatter.entries;
  const wanted = new Map<string, unknown>([...fm.entries].map(([k, e]) => [k, e.value]));
  for (const e of edits) wanted.set(e.key, e.value);
  if (after.size !== wanted.size) return false;
  for (const [key, value] of wanted) {
    const entry = after.get(key);
    if (entry === undefined || !sameValue(entry.value, value)) return false;
  }
  return true;
}

/** Equal scalars; two `!!binary` values (a fresh array each parse) with the same bytes. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || a.length !== b.length) return false;
  return a.every((byte, i) => byte === b[i]);
}
