import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNote, titleOf, englishProfile } from '../../src/note/index.js';

const SEED_PATH = 'Linux 네트워크 네임스페이스.md';
const SEED = readFileSync(new URL('../fixtures/notes/seed/input.md', import.meta.url), 'utf8');
const DOUBLE = readFileSync(new URL('../fixtures/notes/double-encoded/input.md', import.meta.url), 'utf8');
const clean = { detectEncoding: () => null };

describe('parseNote', () => {
  it('parses the seed note: fields, title, profile and 9 cards', () => {
    const { note, diagnostics } = parseNote(SEED_PATH, SEED);
    expect(diagnostics).toEqual([]);
    expect(note?.title).toBe('Linux 네트워크 네임스페이스');
    expect(note?.profileId).toBe('ko');
    expect(note?.fields).toEqual({
      firstStudy: '2024-08-08',
      subject: 'Linux',
      done: { d1: true, d4: true, d7: true, d14: true },
      longTerm: false,
      status: '추가 복습',
    });
    expect(note?.cards.map((c) => c.kind)).toEqual([
      'question',
      'cloze',
      'cloze',
      'cloze',
      'lab',
      'lab',
      'lab',
      'lab',
      'lab',
    ]);
  });

  it('gives the same note for BOM + CRLF text', () => {
    const crlf = `\uFEFF${SEED.replace(/\n/g, '\r\n')}`;
    expect(parseNote(SEED_PATH, crlf)).toEqual(parseNote(SEED_PATH, SEED));
  });

  it('reports a double-encoded note with the fatal double-encoded diagnostic only', () => {
    const { note, diagnostics } = parseNote('broken.md', DOUBLE);
    expect(note).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'broken.md', line: 2, rule: 'double-encoded', fatal: true });
    expect(diagnostics[0]?.message).toContain('bokseup doctor --fix-encoding');
  });

  it('does not flag the clean seed or an accented Latin note as double-encoded', () => {
    const latin = '---\nfirst-studied: 2026-11-25\n---\nCafé, naïve, Zürich — déjà vu.\n';
    expect(parseNote('l.md', latin).diagnostics.some((d) => d.rule === 'double-encoded')).toBe(false);
  });

  it('uses an injected encoding check (hook)', () => {
    const always = { detectEncoding: () => ({ line: 7, codePage: '1252' }) };
    expect(parseNote('x.md', SEED, undefined, always).diagnostics[0]).toMatchObject({
      line: 7,
      rule: 'double-encoded',
    });
    // Taken as clean, the double-encoded text has no marker key left: an other note, no diagnostics.
    expect(parseNote('x.md', DOUBLE, undefined, clean)).toEqual({
      kind: 'other',
      note: null,
      diagnostics: [],
    });
  });

  it('picks the English profile from its first-study key', () => {
    const text =
      '---\nfirst-studied: 2026/11/25\nday1-done: true\n---\n### Cue questions\n- Q?\n\n    A.\n### Core notes\n';
    const { note } = parseNote('notes/Big-O.md', text);
    expect(note?.profileId).toBe('en');
    expect(note?.title).toBe('Big-O');
    expect(note?.fields.firstStudy).toBe('2026-11-25');
    expect(note?.cards[0]).toMatchObject({ kind: 'question', prompt: 'Q?', answer: 'A.', line: 6 });
  });

  it('restricts profiles to those given', () => {
    const text = '---\nfirst-studied: 2026-11-25\n---\n';
    expect(parseNote('e.md', text, [englishProfile]).note?.profileId).toBe('en');
  });

  it('returns no note on fatal diagnostics but keeps warnings on a parsed note', () => {
    expect(parseNote('n.md', 'no frontmatter\n')).toEqual({ kind: 'other', note: null, diagnostics: [] });
    const { note } = parseNote('n.md', '---\n➕첫 학습날: 2024-08-08\n---\n');
    expect(note?.diagnostics.map((d) => d.rule)).toContain('key-missing');
    expect(note?.diagnostics.every((d) => !d.fatal)).toBe(true);
  });
});

describe('titleOf', () => {
  it('drops folders and the .md extension', () => {
    expect(titleOf('a/b/TCP 3-way handshake.md')).toBe('TCP 3-way handshake');
    expect(titleOf('x.MD')).toBe('x');
  });
});
