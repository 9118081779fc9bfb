/**
 * Fixture folders: test/fixtures/notes/<case>/input.md → expected.json ({ note, diagnostics } as
 * parseNote returns them for the path `<case>.md`). Regenerate with `UPDATE=1 npx vitest run test/note`,
 * then read the diff. Every parsed fixture is also cross-checked against remark's mdast.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noteOutline, parseNote, PROFILES, type ParsedNote } from '../../src/note/index.js';

const ROOT = new URL('../fixtures/notes/', import.meta.url);
const CASES = readdirSync(ROOT).filter((c) => existsSync(new URL(`${c}/input.md`, ROOT)));
const UPDATE = process.env['UPDATE'] === '1';

function load(name: string): string {
  return readFileSync(new URL(`${name}/input.md`, ROOT), 'utf8');
}

describe('note fixtures', () => {
  it('has every case the parser promises to handle', () => {
    expect(CASES).toEqual(
      expect.arrayContaining([
        'seed',
        'english',
        'crlf-bom',
        'malformed-yaml',
        'missing-first-study',
        'invalid-date',
        'wrong-type-flag',
        'no-frontmatter',
        'double-encoded',
      ]),
    );
  });

  it('no-frontmatter: an other note (a daily note, say), never an error', () => {
    expect(parseNote('no-frontmatter.md', load('no-frontmatter'))).toEqual({
      kind: 'other',
      note: null,
      diagnostics: [],
    });
  });

  it.each([
    ['malformed-yaml', 'yaml-syntax', 3],
    ['missing-first-study', 'first-study-missing', 1],
    ['invalid-date', 'first-study-invalid', 2],
    ['wrong-type-flag', 'wrong-type', 4],
    ['double-encoded', 'double-encoded', 2],
  ])('%s: fatal %s naming the file and line %i', (name, rule, line) => {
    const { note, diagnostics } = parseNote(`${name}.md`, load(name));
    expect(note).toBeNull();
    expect(diagnostics[0]).toMatchObject({ file: `${name}.md`, rule, line, fatal: true });
    const lineText = load(name).split('\n')[line - 1] ?? '';
    if (rule === 'invalid-date' || rule === 'first-study-invalid') expect(lineText).toContain('2024-13-45');
    if (rule === 'wrong-type') expect(lineText).toBe('❤1일복습여부: 3');
    if (rule === 'yaml-syntax') expect(lineText).toContain('[Linux');
  });

  it.each(CASES)('%s matches expected.json', (name) => {
    const actual = JSON.parse(JSON.stringify(parseNote(`${name}.md`, load(name)))) as unknown;
    const file = new URL(`${name}/expected.json`, ROOT);
    if (UPDATE) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    // A missing golden file is a failure, not a first run that writes it and passes.
    if (!existsSync(file))
      throw new Error(`${name}/expected.json is missing: run UPDATE=1 npx vitest run test/note`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

/** Code, emphasis and escape marks dropped: remark's text and the raw Markdown then compare. */
function plain(s: string): string {
  return s
    .replace(/[`*_~\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function crossCheck(note: ParsedNote, text: string, sections: { cues: string; core: string }): void {
  const outline = noteOutline(text);
  const cues = outline.sections.find((s) => s.heading === sections.cues);
  const core = outline.sections.find((s) => s.heading === sections.core);
  const questions = note.cards.filter((c) => c.kind === 'question');
  const clozes = note.cards.filter((c) => c.kind === 'cloze');
  const items = (cues?.items ?? []).filter((i) => i.text.trim() !== '');
  expect(questions.map((q) => [q.line, plain(q.prompt)])).toEqual(items.map((i) => [i.line, plain(i.text)]));
  expect(clozes.map((c) => [c.line, plain(c.answer)])).toEqual(
    (core?.highlights ?? []).map((h) => [h.line, plain(h.text)]),
  );
}

describe('line-based parser agrees with remark (mdast)', () => {
  const parsed = CASES.map((name) => ({ name, text: load(name) }))
    .map(({ name, text }) => ({ name, text, note: parseNote(`${name}.md`, text).note }))
    .filter((c): c is { name: string; text: string; note: ParsedNote } => c.note !== null);

  it('parses at least the seed, English, CRLF/BOM and edge-case fixtures', () => {
    expect(parsed.map((p) => p.name)).toEqual(
      expect.arrayContaining(['seed', 'english', 'crlf-bom', 'markdown-edge-cases']),
    );
  });

  it.each(parsed.map((p) => [p.name, p] as const))('%s: same question items and highlights', (_, p) => {
    const profile = PROFILES.find((x) => x.id === p.note.profileId);
    expect(profile).toBeDefined();
    crossCheck(p.note, p.text, profile?.sections ?? { cues: '', core: '' });
  });
});
