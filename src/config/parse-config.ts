/**
 * Parse and check a config file's YAML text. Pure: text in, values (each with its line) and
 * problems out. Every problem names the file and line: an unknown key (with the key meant, when
 * close), a key the other kind of file holds, a value of the wrong kind or out of range, YAML that
 * does not parse, a duplicate key.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { yamlErrorMessage, yamlErrorStart } from '../note/yaml-error.js';
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
  const problems = doc.errors.map((e) => {
    const at =
      e.code === 'DUPLICATE_KEY' ? repeatedKey(doc.contents) : yamlErrorStart(doc.contents, e.pos[0]);
    return `${file}:${lineOf(at)}: invalid YAML: ${yamlErrorMessage(e.message)}`;
  });
  const values: LocatedValues = {};
  if (problems.length > 0 || doc.contents === null) return { values, problems };
  if (!isMap(doc.contents)) {
    return { values, problems: [`${file}:1: the file must hold \`key: value\` lines (see the README)`] };
  }
  const reader: Reader = {
    values,
    problem: (line, message) => problems.push(`${file}:${line}: ${message}`),
    at: (node, fallback) => (node?.range ? lineOf(node.range[0]) : fallback),
  };
  for (const pair of doc.contents.items) {
    if (isPair(pair) && isScalar(pair.key)) readTopKey(reader, kind, pair.key, pair.value as Node | null);
  }
  return { values, problems };
}

/** One top-level key: known, allowed in this kind of file, then read. */
function readTopKey(
  r: Reader,
  kind: ConfigKind,
  keyNode: Node & { value: unknown },
  value: Node | null,
): void {
  const name = String(keyNode.value);
  const line = r.at(keyNode, 1);
  const key = CONFIG_KEYS.find((k) => k.name === name);
  if (key === undefined) return r.problem(line, unknownKey(name, kind));
  if (!key.in.includes(kind)) {
    const home = key.in.includes('vault') ? "a vault's .bokseup.yml" : 'the global config';
    return r.problem(line, `"${name}" belongs in ${home}`);
  }
  readKey(r, key, value, line);
}

/** Where the values go, where problems go, and the line of a node. */
interface Reader {
  values: LocatedValues;
  problem: (line: number, message: string) => void;
  at: (node: Node | null | undefined, fallback: number) => number;
}

/** Read one key's value into `values`, or report what is wrong with it. */
function readKey(r: Reader, key: ConfigKey, node: Node | null, line: number): void {
  if (key.children) return readChildren(r, key, key.children, node, line);
  const result = key.check?.(node) ?? { error: 'cannot be set' };
  if ('error' in result) r.problem(r.at(node, line), `${key.path}: ${result.error}`);
  else (r.values as Record<string, Located<unknown>>)[key.field ?? key.name] = { value: result.value, line };
}

/** The keys under a key that is a map (`calendar:` → `time`, `alarm`). */
function readChildren(
  r: Reader,
  key: ConfigKey,
  children: readonly ConfigKey[],
  node: Node | null,
  line: number,
): void {
  const names = children.map((c) => c.name).join(', ');
  if (!isMap(node)) return r.problem(line, `"${key.name}" takes keys under it: ${names}`);
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    const childLine = r.at(pair.key as Node, line);
    const child = children.find((c) => c.name === name);
    if (child === undefined) r.problem(childLine, `unknown key "${key.name}.${name}" (known: ${names})`);
    else readKey(r, child, pair.value as Node | null, childLine);
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
