/**
 * The frontmatter most study notes have, read without building a YAML document: one `key: value`
 * line after another, no indentation, no comments, each value a plain scalar or a quoted string
 * without escapes (the template's 31 lines are all of that kind). Anything else, however small (a
 * comment, an indented line, a tab, a list, a repeated key, an escape), returns null and the caller
 * parses the text with `yaml` as before.
 *
 * Why by hand: `yaml`'s parseDocument builds a concrete syntax tree, then a document, for every
 * note; on a cold ingest that was 37 % of the worker threads' time (~280 µs of a seed-sized note's
 * ~800 µs), and no YAML library gives scalar source ranges cheaply (js-yaml, gray-matter's parser,
 * gives none). Plain scalars are still resolved by `yaml`'s own core-schema tags (null, booleans,
 * integers, floats; dates stay strings), so a value reads the same on both paths; a property test
 * holds the two paths equal, entry for entry, on generated and on real frontmatter.
 */
import { Document, isScalar } from 'yaml';
import type { FrontmatterEntry } from './frontmatter-entry.js';

interface ScalarTag {
  test: RegExp;
  resolve: (source: string, onError: (message: string) => void, options: object) => unknown;
}

const doc = new Document();
/** The core schema's scalar tags that resolve a plain scalar by its form, in the order yaml tries them. */
const TAGS: ScalarTag[] = doc.schema.tags.flatMap((t) =>
  t.default === true && 'test' in t && t.test instanceof RegExp && typeof t.resolve === 'function'
    ? [t as unknown as ScalarTag]
    : [],
);
const OPTIONS = doc.options;

/** Signals that a value must go to the YAML parser. */
class NotFlat extends Error {}

const fail = (): never => {
  throw new NotFlat();
};

function resolvePlain(source: string): unknown {
  for (const tag of TAGS) {
    if (!tag.test.test(source)) continue;
    const value = tag.resolve(source, fail, OPTIONS);
    return isScalar(value) ? value.value : value; // booleans come as a Scalar
  }
  return source;
}

/** A character that cannot start a plain scalar (YAML 1.2 c-indicator), or that only may before a non-space. */
const INDICATOR = /^[[\]{}#&*!|>'"%@`,]|^[-?:](?:[ ]|$)/;
/** Controls and tabs, the line separators YAML 1.1 knew, a BOM (and a lone CR): never in a flat value. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/u;
/** What a plain scalar may not hold besides: a comment (` #`), a nested mapping (`: ` or a final `:`). */
const AWKWARD = new RegExp(`${CONTROL.source}|[ ]#|:[ ]|:$`, 'u');

interface Scalar {
  value: unknown;
  style: FrontmatterEntry['style'];
  /** [start, end) of its source within the line. */
  start: number;
  end: number;
}

/** A quoted scalar at `start` of `line` without escapes or inner quotes; null when not quoted. */
function quoted(line: string, start: number): Scalar | null {
  const q = line[start];
  if (q !== '"' && q !== "'") return null;
  const close = line.indexOf(q, start + 1);
  if (close < 0) fail();
  const inner = line.slice(start + 1, close);
  if (inner.includes('\\') || CONTROL.test(inner)) fail();
  const style = q === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
  return { value: inner, style, start, end: close + 1 };
}

/** A plain scalar spanning `text` (trimmed of trailing spaces by the caller). */
function plain(text: string, start: number): Scalar {
  if (text === '' || INDICATOR.test(text) || AWKWARD.test(text)) fail();
  return { value: resolvePlain(text), style: 'PLAIN', start, end: start + text.length };
}

/** The key at the start of `line` and the offset after its `:`. */
function keyOf(line: string): [string, number] {
  const q = quoted(line, 0);
  if (q !== null) {
    if (line[q.end] !== ':') fail();
    return [String(q.value), q.end + 1];
  }
  const colon = line.search(/:(?: |$)/);
  if (colon <= 0) fail();
  const text = line.slice(0, colon);
  if (text.endsWith(' ') || text.includes(':')) fail();
  return [String(plain(text, 0).value), colon + 1];
}

/** The entry of one `key: value` line at `offset` of the note. */
function entryOfLine(line: string, offset: number, lineNo: number): FrontmatterEntry {
  const [key, afterColon] = keyOf(line);
  const rest = line.slice(afterColon);
  const value = rest.replace(/^ +/, ''); // YAML's white space is the space (tabs fail above)
  if (value === '') {
    const at = offset + line.length; // an empty value sits after the spaces, as yaml places it
    return { key, value: null, style: 'PLAIN', range: [at, at], line: lineNo };
  }
  if (!rest.startsWith(' ')) fail();
  const at = afterColon + rest.length - value.length;
  const q = quoted(line, at);
  if (q !== null && !/^ *$/.test(line.slice(q.end))) fail();
  const s = q ?? plain(value.replace(/ +$/, ''), at);
  return { key, value: s.value, style: s.style, range: [offset + s.start, offset + s.end], line: lineNo };
}

/**
 * The entries of `yaml` (the frontmatter's text, starting at offset `base` of the note and on its
 * line `firstLine`) when it is flat as described above, else null.
 */
export function scanFlatYaml(
  yaml: string,
  base: number,
  firstLine: number,
): Map<string, FrontmatterEntry> | null {
  const entries = new Map<string, FrontmatterEntry>();
  try {
    let offset = 0;
    let lineNo = firstLine;
    for (const raw of yaml.split('\n')) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (!/^ *$/.test(line)) {
        if (line.startsWith(' ') || line.startsWith('---') || line.startsWith('...')) fail();
        const entry = entryOfLine(line, base + offset, lineNo);
        if (entries.has(entry.key)) fail(); // the YAML path reports the repeat
        entries.set(entry.key, entry);
      }
      offset += raw.length + 1;
      lineNo += 1;
    }
  } catch (error) {
    if (error instanceof NotFlat) return null;
    throw error;
  }
  return entries;
}
