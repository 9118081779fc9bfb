import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/note/index.js';

const kindOf = (text: string, tags?: { include: string[]; exclude: string[] }) =>
  parseNote('n.md', text, undefined, tags ? { tags } : {});

describe('study notes and other notes', () => {
  it('takes a note with unrelated frontmatter (tags only) as an other note, without diagnostics', () => {
    expect(kindOf('---\ntags: [daily]\ncreated: 2024-08-08\n---\n# 2024-08-08\n')).toEqual({
      kind: 'other',
      note: null,
      diagnostics: [],
    });
  });

  it('takes a note whose frontmatter names a marker key only in a value or a comment as other', () => {
    expect(kindOf('---\nnote: "➕첫 학습날 is the key"\n# ➕첫 학습날: 2024-08-08\n---\n').kind).toBe(
      'other',
    );
  });

  it('keeps an other note other even when its frontmatter is not valid YAML', () => {
    expect(kindOf('---\ntitle: [unclosed\n---\nbody\n')).toMatchObject({ kind: 'other', diagnostics: [] });
  });

  it('reports a study note whose YAML is broken (it has a marker key): the user meant it as one', () => {
    const result = kindOf('---\n➕첫 학습날: 2024-08-08\n➕과목: [Linux\n---\n');
    expect(result.kind).toBe('study');
    expect(result.diagnostics[0]).toMatchObject({ rule: 'yaml-syntax', fatal: true });
  });

  it('reports a study note without its first-study date: another marker key says what it is', () => {
    const result = kindOf('---\n❤1일복습여부: false\n➕과목: Linux\n---\n');
    expect(result.kind).toBe('study');
    expect(result.diagnostics[0]).toMatchObject({ rule: 'first-study-missing', fatal: true });
  });

  it('reports a study note with a bad first-study value', () => {
    const result = kindOf('---\n➕첫 학습날: next tuesday\n---\n');
    expect(result).toMatchObject({ kind: 'study', note: null });
    expect(result.diagnostics[0]?.rule).toBe('first-study-invalid');
  });
});

describe('templates', () => {
  it.each([
    ['➕첫 학습날: {{date:YYYY-MM-DD}}'],
    ['➕첫 학습날: "{{date}}"'],
    ['"➕첫 학습날": {{date:YYYY-MM-DD}}'],
    ['➕첫 학습날: <% tp.date.now("YYYY-MM-DD") %>'],
    ['first-studied: <% tp.file.creation_date("YYYY-MM-DD") %>'],
  ])('skips a note whose first-study value is a placeholder: %s', (line) => {
    expect(kindOf(`---\n${line}\n❤1일복습여부: false\n---\n### 단서 질문\n`)).toEqual({
      kind: 'template',
      note: null,
      diagnostics: [],
    });
  });
});

describe('the tag filter', () => {
  const study = (tags: string, body = '') => `---\n➕첫 학습날: 2024-08-08\n${tags}---\n${body}`;

  it('leaves out a study note with an excluded tag, from the frontmatter or the body, nested too', () => {
    const filter = { include: [], exclude: ['draft'] };
    expect(kindOf(study('tags: [draft]\n'), filter).kind).toBe('excluded');
    expect(kindOf(study('tags:\n  - "#Draft/old"\n'), filter).kind).toBe('excluded');
    expect(kindOf(study('tags: draft, linux\n'), filter).kind).toBe('excluded');
    expect(kindOf(study('', 'Status: #draft\n'), filter).kind).toBe('excluded');
    expect(kindOf(study('tags: [drafting]\n'), filter).kind).toBe('study');
  });

  it('does not read tags in code: a `#draft` in a code block or span is not a tag', () => {
    const filter = { include: [], exclude: ['draft'] };
    expect(kindOf(study('', '```bash\necho #draft\n```\nuse `#draft` here\n'), filter).kind).toBe('study');
    expect(kindOf(study('', '### 단서 질문\n'), { include: [], exclude: ['단서'] }).kind).toBe('study');
  });

  it('with include tags, keeps only the notes that carry one', () => {
    const filter = { include: ['#study'], exclude: [] };
    expect(kindOf(study('tags: [study/linux]\n'), filter).kind).toBe('study');
    expect(kindOf(study('tag: other\n'), filter).kind).toBe('excluded');
    expect(kindOf(study(''), filter).kind).toBe('excluded');
  });
});
