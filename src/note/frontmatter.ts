/**
 * Read a note's YAML frontmatter with the exact source range of every top-level scalar, so that
 * derived fields can later be replaced in place without re-serialising anything.
 *
 * The `yaml` package is used directly (not gray-matter's js-yaml, whose date type turns an unquoted
 * `2024-08-08` into a UTC Date, and whose cache keys on content): its default core schema keeps dates
 * as strings and its CST gives node ranges.
 */
import { LineCounter, parseDocument, isMap, isScalar, isPair, isSeq } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { diagnostic } from './diagnostic.js';
import { checkFrontmatterLimits } from './frontmatter-limits.js';
import { scanFlatYaml } from './flat-yaml.js';
import type { FrontmatterEntry, ScalarStyle } from './frontmatter-entry.js';
import { yamlErrorMessage, yamlErrorStart } from './yaml-error.js';

export type { FrontmatterEntry, ScalarStyle } from './frontmatter-entry.js';

export interface Frontmatter {
  /** Offset where the YAML text begins (after the opening `---` line). */
  yamlStart: number;
  /** Offset where the YAML text ends (start of the closing `---` line). */
  yamlEnd: number;
  /** Offset of the first body byte, and its 1-based line. */
  bodyStart: number;
  bodyLine: number;
  entries: Map<string, FrontmatterEntry>;
}

export type FrontmatterResult =
  | { ok: true; frontmatter: Frontmatter; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

const OPEN = /^(\uFEFF)?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/** Locate the frontmatter block: [yamlStart, yamlEnd, bodyStart] or null when the note has none. */
export function locateFrontmatter(text: string): [number, number, number] | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const yamlStart = open[0].length;
  CLOSE.lastIndex = yamlStart;
  const close = CLOSE.exec(text);
  if (!close) return null;
  return [yamlStart, close.index, close.index + close[0].length];
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function styleOf(type: string | undefined): ScalarStyle {
  switch (type) {
    case 'PLAIN':
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return type;
    default:
      return 'OTHER';
  }
}

/**
 * Parse the frontmatter of `text` (the whole note). `file` names it in diagnostics; `located` is
 * `locateFrontmatter(text)` when the caller already has it.
 */
export function readFrontmatter(
  file: string,
  text: string,
  located: [number, number, number] | null = locateFrontmatter(text),
): FrontmatterResult {
  if (!located) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(file, 1, 'frontmatter-missing', 'no YAML frontmatter (--- … ---) at the top of the note'),
      ],
    };
  }
  const [yamlStart, yamlEnd, bodyStart] = located;
  const firstLine = lineAt(text, yamlStart);
  const yaml = text.slice(yamlStart, yamlEnd);
  const limit = checkFrontmatterLimits(file, yaml, firstLine);
  if (limit !== null) return { ok: false, diagnostics: [limit] };
  const bodyLine = lineAt(text, bodyStart);
  const flat = scanFlatYaml(yaml, yamlStart, firstLine);
  if (flat !== null)
    return {
      ok: true,
      frontmatter: { yamlStart, yamlEnd, bodyStart, bodyLine, entries: flat },
      diagnostics: [],
    };
  return readYamlEntries(file, yaml, { yamlStart, yamlEnd, bodyStart, bodyLine }, firstLine);
}

/** The frontmatter's entries by the YAML parser (any frontmatter; the flat scanner's fallback). */
export function readYamlEntries(
  file: string,
  yaml: string,
  where: Omit<Frontmatter, 'entries'>,
  firstLine: number,
): FrontmatterResult {
  const { yamlStart } = where;
  const lc = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lc, uniqueKeys: false });
  const errors = doc.errors.map((e) =>
    diagnostic(
      file,
      firstLine - 1 + lc.linePos(yamlErrorStart(doc.contents, e.pos[0])).line,
      'yaml-syntax',
      `invalid YAML: ${yamlErrorMessage(e.message)}`,
    ),
  );
  if (errors.length > 0) return { ok: false, diagnostics: errors };
  if (doc.contents !== null && !isMap(doc.contents)) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(file, firstLine, 'yaml-not-map', 'the frontmatter is not a list of `key: value` lines'),
      ],
    };
  }
  const { entries, diagnostics } = mapEntries(
    file,
    doc.contents?.items ?? [],
    (offset) => firstLine - 1 + lc.linePos(offset).line,
    yamlStart,
  );
  return { ok: true, frontmatter: { ...where, entries }, diagnostics };
}

/** The entries of the top-level pairs, the first of a repeated key kept (the repeat is a warning). */
function mapEntries(
  file: string,
  pairs: readonly unknown[],
  lineOf: (offset: number) => number,
  yamlStart: number,
): { entries: Map<string, FrontmatterEntry>; diagnostics: Diagnostic[] } {
  const entries = new Map<string, FrontmatterEntry>();
  const diagnostics: Diagnostic[] = [];
  for (const pair of pairs) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const keyStart = pair.key.range?.[0] ?? 0;
    const line = lineOf(keyStart);
    if (entries.has(key)) {
      diagnostics.push(
        diagnostic(file, line, 'yaml-duplicate-key', `key "${key}" appears twice; the first is used`, false),
      );
      continue;
    }
    entries.set(key, entryOf(key, pair.value, keyStart, yamlStart, line));
  }
  return { entries, diagnostics };
}

function entryOf(key: string, node: unknown, keyStart: number, base: number, line: number): FrontmatterEntry {
  if (isScalar(node) && node.range) {
    const value = node.value;
    return {
      key,
      value,
      style: styleOf(node.type),
      range: [base + node.range[0], base + node.range[1]],
      line,
    };
  }
  if (node === null || node === undefined) {
    // `key:` with nothing after it: an empty range right after the colon is filled in by the patcher.
    return { key, value: null, style: 'PLAIN', range: [base + keyStart, base + keyStart], line };
  }
  const entry: FrontmatterEntry = {
    key,
    value: undefined,
    style: 'OTHER',
    range: [base + keyStart, base + keyStart],
    line,
  };
  if (isSeq(node)) entry.items = node.items.flatMap((i) => (isScalar(i) ? [String(i.value)] : []));
  return entry;
}
