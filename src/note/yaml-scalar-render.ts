/**
 * Render one value as the YAML source of a single-line scalar, in the style the note already uses,
 * falling back to double quotes only when that style cannot hold the value.
 *
 * Whether a candidate is safe is decided by the `yaml` package itself: the candidate must parse back
 * to exactly the wanted value. This catches every plain-scalar trap (`true`, `80`, `0.6`, `null`, `~`,
 * `a: b`, `a #b`, leading `@ - ? [ { & * ! | > ' " %`, trailing spaces, …) without a hand-kept list.
 */
import { parseDocument } from 'yaml';
import type { ScalarStyle } from './frontmatter.js';

/** Line breaks and invisible characters are only ever written as double-quoted escapes. */
function hasInvisible(text: string): boolean {
  for (const ch of text) if (isInvisible(ch.codePointAt(0) ?? 0)) return true;
  return false;
}

function isInvisible(code: number): boolean {
  return (
    code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff
  );
}

/** Read `source` on its own as YAML: its value, or `undefined` when it has errors. */
function readYaml(source: string): unknown {
  try {
    const doc = parseDocument(source, { uniqueKeys: false });
    return doc.errors.length > 0 ? undefined : doc.toJS(); // toJS throws on an alias without anchor (`*별`)
  } catch {
    return undefined;
  }
}

/** Does `candidate`, read on its own as YAML, give back exactly `value`? */
function roundTrips(candidate: string, value: unknown): boolean {
  return !hasInvisible(candidate) && readYaml(candidate) === value;
}

const NAMED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\0': '\\0',
};

/**
 * A double-quoted scalar on one line. Hand-written because the `yaml` stringifier folds values that
 * contain line breaks onto several lines and leaves C1 controls and U+2028/2029 unescaped; the patcher
 * replaces a range inside one line and needs a single-line, printable result.
 */
export function doubleQuote(value: string): string {
  let out = '"';
  for (const ch of value) {
    const named = NAMED_ESCAPES[ch];
    const code = ch.codePointAt(0) ?? 0;
    if (named !== undefined) out += named;
    else if (code <= 0xff && isInvisible(code)) out += `\\x${hex(code, 2)}`;
    else if (isInvisible(code) || (code >= 0xd800 && code <= 0xdfff)) out += `\\u${hex(code, 4)}`;
    else out += ch;
  }
  return `${out}"`;
}

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/** A single-quoted scalar (`'` doubled), or null when single quotes cannot hold the value on one line. */
function singleQuote(value: string): string | null {
  const candidate = `'${value.replaceAll("'", "''")}'`;
  return roundTrips(candidate, value) ? candidate : null;
}

/**
 * The source text for `value` in `style`. Booleans are always plain `true`/`false`. A PLAIN string
 * stays plain when it reads back as the same string; QUOTE_SINGLE stays single-quoted when it can;
 * everything else is double-quoted.
 */
export function renderYamlScalar(value: string | boolean, style: ScalarStyle): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (style === 'PLAIN' && roundTrips(value, value)) return value;
  if (style === 'QUOTE_SINGLE') {
    const single = singleQuote(value);
    if (single !== null) return single;
  }
  return doubleQuote(value);
}

/**
 * The source text for a new top-level key: plain when `key: x` reads back as that key, else
 * double-quoted (as the template does for `"1일차복습여부1,0"`-style keys only when needed).
 */
export function renderYamlKey(key: string): string {
  if (!hasInvisible(key) && isSingleKeyMap(readYaml(`${key}: x`), key)) return key;
  return doubleQuote(key);
}

function isSingleKeyMap(parsed: unknown, key: string): boolean {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
  const keys = Object.keys(parsed);
  return keys.length === 1 && keys[0] === key && (parsed as Record<string, unknown>)[key] === 'x';
}
