/**
 * Parse and check a config file's YAML text. Pure: text in, values (each with its line) and
 * problems out. Every problem names the file and line: an unknown key (with the key meant, when
 * close), a key the other kind of file holds, a value of the wrong kind or out of range, YAML that
 * does not parse, a duplicate key.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { CONFIG_KEYS, type ConfigKey } from './config-keys.js';
import type { ConfigValues, Located } from './settings.js';

export type ConfigKind = 'vault' | 'global';

export type LocatedValues = { [K in keyof ConfigValues]?: Located<NonNullable<ConfigValues[K]>> };

export interface ParsedConfig {
  values: LocatedValues;
  /** `file:line: message`, one per problem. */
  problems: string[];
}

/** Parse the config file `file` (named in problems) of `kind` whose text is `text`. */
export function parseConfig(file: string, text: string, kind: ConfigKind): ParsedConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const lineOf = (offset: number | undefined) => lc.linePos(offset ?? 0).line;
  const problems = doc.errors.map(
    (e) =>
      `${file}:${lineOf(e.code === 'DUPLICATE_KEY' ? repeatedKey(doc.contents) : errorStart(doc.contents, e.pos[0]))}: invalid YAML: ${firstLine(e.message)}`,
  );
  const values: LocatedValues = {};
  if (problems.length > 0 || doc.contents === null) return { values, problems };
  if (!isMap(doc.contents)) {
    return { values, problems: [`${file}:1: the file must hold \`key: value\` lines (see the README)`] };
  }
  const at = (node: Node | null | undefined, fallback: number) =>
    node?.range ? lineOf(node.range[0]) : fallback;
  for (const pair of doc.contents.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    const line = at(pair.key as Node, 1);
    const problem = (message: string) => problems.push(`${file}:${line}: ${message}`);
    const key = CONFIG_KEYS.find((k) => k.name === name);
    if (key === undefined) {
      problem(unknownKey(name, kind));
      continue;
    }
    if (!key.in.includes(kind)) {
      problem(
        `"${name}" belongs in ${key.in.includes('vault') ? "a vault's .bokseup.yml" : 'the global config'}`,
      );
      continue;
    }
    readKey(key, pair.value as Node | null, line, values, (l, m) => problems.push(`${file}:${l}: ${m}`), at);
  }
  return { values, problems };
}

type Problem = (line: number, message: string) => void;
type LineOf = (node: Node | null | undefined, fallback: number) => number;

/** Read one key's value into `values`, or report what is wrong with it. */
function readKey(
  key: ConfigKey,
  node: Node | null,
  line: number,
  values: LocatedValues,
  problem: Problem,
  at: LineOf,
): void {
  if (key.children) return readChildren(key, key.children, node, line, values, problem, at);
  const result = key.check?.(node) ?? { error: 'cannot be set' };
  if ('error' in result) problem(at(node, line), `${key.path}: ${result.error}`);
  else (values as Record<string, Located<unknown>>)[key.field ?? key.name] = { value: result.value, line };
}

/** The keys under a key that is a map (`calendar:` → `time`, `alarm`). */
function readChildren(
  key: ConfigKey,
  children: readonly ConfigKey[],
  node: Node | null,
  line: number,
  values: LocatedValues,
  problem: Problem,
  at: LineOf,
): void {
  const names = children.map((c) => c.name).join(', ');
  if (!isMap(node)) return problem(line, `"${key.name}" takes keys under it: ${names}`);
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    const childLine = at(pair.key as Node, line);
    const child = children.find((c) => c.name === name);
    if (child === undefined) problem(childLine, `unknown key "${key.name}.${name}" (known: ${names})`);
    else readKey(child, pair.value as Node | null, childLine, values, problem, at);
  }
}

/** The message of an unknown key: the known keys, and the one meant when it is close. */
function unknownKey(name: string, kind: ConfigKind): string {
  const known = CONFIG_KEYS.filter((k) => k.in.includes(kind)).map((k) => k.name);
  const near = known.find((k) => distance(k, name.toLowerCase()) <= 2);
  return `unknown key "${name}"${near ? ` (did you mean "${near}"?)` : ''}; known keys: ${known.join(', ')}`;
}

/** Levenshtein distance (short strings only). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * Where to point at a YAML error: the parser reports an unclosed quote or list where it gave up
 * (the next key, or the end), so an error at or inside a value moves to that value's key.
 */
function errorStart(contents: unknown, pos: number): number {
  if (!isMap(contents)) return pos;
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? pair.key.range : undefined;
    const value = (pair.value as { range?: [number, number, number] } | null)?.range;
    if (key && value && value[0] <= pos && pos <= value[2]) return key[0];
  }
  return pos;
}

/** Where a key first appears again (the yaml package points at the map). */
function repeatedKey(contents: unknown): number {
  if (!isMap(contents)) return 0;
  const seen = new Set<string>();
  for (const pair of contents.items) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    if (seen.has(name)) return pair.key.range?.[0] ?? 0;
    seen.add(name);
  }
  return 0;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
