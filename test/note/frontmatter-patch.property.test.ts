import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type Frontmatter, readFrontmatter, patchFrontmatter } from '../../src/note/index.js';
import { DERIVED_KEYS, VALUE_POOL, noteArb, renderNote } from './frontmatter-patch-arbitrary.js';
import type { GeneratedNote } from './frontmatter-patch-arbitrary.js';

const SAME = Symbol('same');
type Wanted = string | boolean | typeof SAME;

const newValueArb: fc.Arbitrary<Wanted> = fc.oneof(
  fc.constantFrom(...VALUE_POOL),
  fc.boolean(),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.constant(SAME),
);
const changesArb = fc.array(fc.tuple(fc.constantFrom(...DERIVED_KEYS), newValueArb), { maxLength: 12 });

function read(text: string): Frontmatter {
  const r = readFrontmatter('t', text);
  if (!r.ok) throw new Error(`unreadable: ${JSON.stringify(r.diagnostics)}\n${text}`);
  return r.frontmatter;
}

/** Resolve SAME to the note's current value; drop keys whose current value cannot be written. */
function resolve(fm: Frontmatter, raw: [string, Wanted][]): Map<string, string | boolean> {
  const out = new Map<string, string | boolean>();
  for (const [key, wanted] of raw) {
    if (wanted !== SAME) out.set(key, wanted);
    else {
      const current = fm.entries.get(key)?.value;
      if (typeof current === 'string' || typeof current === 'boolean') out.set(key, current);
    }
  }
  return out;
}

/** `text` with the given [start, end) ranges removed. */
function cut(text: string, ranges: [number, number][]): string {
  let out = '';
  let prev = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    out += text.slice(prev, s);
    prev = e;
  }
  return out + text.slice(prev);
}

function plainHolds(value: string): boolean {
  try {
    const doc = parseDocument(value);
    return doc.errors.length === 0 && doc.toJS() === value;
  } catch {
    return false; // an alias without its anchor
  }
}

const coverage = {
  crlf: 0,
  bom: 0,
  comment: 0,
  trailing: 0,
  blank: 0,
  empty: 0,
  block: 0,
  changed: 0,
  noop: 0,
};
const styles = new Map<string, number>();

function count(note: GeneratedNote, fm: Frontmatter, changed: number, noop: number): void {
  if (note.eol === '\r\n') coverage.crlf++;
  if (note.bom) coverage.bom++;
  if (note.lines.some((l) => l.kind === 'comment')) coverage.comment++;
  if (note.lines.some((l) => l.kind === 'scalar' && l.comment !== '')) coverage.trailing++;
  if (note.lines.some((l) => l.kind === 'blank')) coverage.blank++;
  if (note.lines.some((l) => l.kind === 'scalar' && l.value === null)) coverage.empty++;
  if (note.lines.some((l) => l.kind === 'block')) coverage.block++;
  if (changed > 0) coverage.changed++;
  if (noop > 0) coverage.noop++;
  for (const e of fm.entries.values()) styles.set(e.style, (styles.get(e.style) ?? 0) + 1);
}

function checkPatch(note: GeneratedNote, raw: [string, Wanted][]): void {
  const text = renderNote(note);
  const before = read(text);
  const changes = resolve(before, raw);
  const expectChanged = [...changes].filter(
    ([k, v]) => before.entries.has(k) && before.entries.get(k)?.value !== v,
  );
  const r = patchFrontmatter(text, changes);
  expect(r.skipped).toEqual([]);
  expect(r.changed).toEqual(expectChanged.map(([k]) => k));
  expect(r.missing).toEqual([...changes.keys()].filter((k) => !before.entries.has(k)));
  const after = read(r.text);
  checkValues(before, after, r.changed, changes);
  checkBytes(text, before, r.text, after, r.changed);
  count(note, before, r.changed.length, changes.size - r.changed.length - r.missing.length);
  // (c) patching again with the same values is a no-op
  expect(patchFrontmatter(r.text, changes).text).toBe(r.text);
}

/** (b) New values for changed keys, old values and styles everywhere else, same keys in the same order. */
function checkValues(
  before: Frontmatter,
  after: Frontmatter,
  changed: string[],
  changes: Map<string, string | boolean>,
): void {
  expect([...after.entries.keys()]).toEqual([...before.entries.keys()]);
  for (const [key, old] of before.entries) {
    const now = after.entries.get(key);
    const wanted = changed.includes(key) ? changes.get(key) : old.value;
    expect(now?.value).toBe(wanted);
    if (!changed.includes(key)) expect(now?.style).toBe(old.style);
    else expect(now?.style).toBe(expectedStyle(old.style, wanted as string | boolean));
  }
}

/** (a) With the changed values cut out of both texts (and the space put before a filled empty value), they are equal. */
function checkBytes(
  text: string,
  before: Frontmatter,
  out: string,
  after: Frontmatter,
  changed: string[],
): void {
  const oldCuts = changed.map((k): [number, number] => before.entries.get(k)?.range ?? [0, 0]);
  const newCuts = changed.map((k): [number, number] => {
    const [s, e] = after.entries.get(k)?.range ?? [0, 0];
    const [os, oe] = before.entries.get(k)?.range ?? [0, 0];
    return os === oe ? [s - 1, e] : [s, e];
  });
  expect(cut(out, newCuts)).toBe(cut(text, oldCuts));
}

const INVISIBLE = /[\p{Cc}\u2028\u2029\uFEFF]/u;

/** Booleans plain; otherwise the old style when it can hold the value on one line, else double quotes. */
function expectedStyle(old: string, value: string | boolean): string {
  if (typeof value === 'boolean') return 'PLAIN';
  if (INVISIBLE.test(value)) return 'QUOTE_DOUBLE';
  if (old === 'PLAIN' && plainHolds(value)) return 'PLAIN';
  if (old === 'QUOTE_SINGLE') return 'QUOTE_SINGLE';
  return 'QUOTE_DOUBLE';
}

/** yaml parses take ~3 ms per note here; leave room when other suites run in parallel. */
const SLOW = 120_000;

describe('patchFrontmatter properties', () => {
  it(
    'touches only the changed values, reads back right and is idempotent (300 random notes)',
    () => {
      fc.assert(
        fc.property(noteArb, changesArb, (note, raw) => checkPatch(note, raw)),
        { numRuns: 300 },
      );
      for (const [what, n] of Object.entries(coverage)) expect(n, `coverage of ${what}`).toBeGreaterThan(20);
      for (const style of ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'OTHER']) {
        expect(styles.get(style) ?? 0, `coverage of ${style}`).toBeGreaterThan(20);
      }
    },
    SLOW,
  );

  it(
    'patching any note with its own current values is byte-identical',
    () => {
      fc.assert(
        fc.property(noteArb, (note) => {
          const text = renderNote(note);
          const fm = read(text);
          const current = resolve(
            fm,
            DERIVED_KEYS.map((k): [string, Wanted] => [k, SAME]),
          );
          const r = patchFrontmatter(text, current);
          expect(r.text).toBe(text);
          expect(r.changed).toEqual([]);
        }),
        { numRuns: 200 },
      );
    },
    SLOW,
  );

  it(
    'with addMissing, absent keys read back with their values and nothing else moves',
    () => {
      fc.assert(
        fc.property(noteArb, changesArb, (note, raw) => {
          const text = renderNote(note);
          const changes = resolve(read(text), raw);
          const plain = patchFrontmatter(text, changes);
          const added = patchFrontmatter(text, changes, { addMissing: true });
          expect(added.added).toEqual(plain.missing);
          const after = read(added.text);
          for (const key of added.added) expect(after.entries.get(key)?.value).toBe(changes.get(key));
          const fm = read(plain.text);
          expect(added.text.slice(0, fm.yamlEnd)).toBe(plain.text.slice(0, fm.yamlEnd));
          expect(added.text.slice(-(plain.text.length - fm.yamlEnd))).toBe(plain.text.slice(fm.yamlEnd));
        }),
        { numRuns: 200 },
      );
    },
    SLOW,
  );
});
