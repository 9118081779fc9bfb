import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFrontmatter, patchFrontmatter, FrontmatterPatchError } from '../../src/note/index.js';

const seedPath = fileURLToPath(new URL('../fixtures/notes/seed/input.md', import.meta.url));
const seed = readFileSync(seedPath, 'utf8');

function valuesOf(text: string): Map<string, unknown> {
  const read = readFrontmatter('t', text);
  if (!read.ok) throw new Error('unreadable');
  return new Map([...read.frontmatter.entries].map(([k, e]) => [k, e.value]));
}

function changedLines(a: string, b: string): string[] {
  const al = a.split('\n');
  const bl = b.split('\n');
  expect(bl.length).toBe(al.length);
  return bl.filter((line, i) => line !== al[i]);
}

describe('patchFrontmatter on the seed note', () => {
  it('is a no-op when every value is already current', () => {
    const current = new Map<string, string | boolean>();
    for (const [k, v] of valuesOf(seed))
      if (typeof v === 'string' || typeof v === 'boolean') current.set(k, v);
    expect(current.size).toBeGreaterThan(30);
    const r = patchFrontmatter(seed, current);
    expect(r.text).toBe(seed);
    expect(r.changed).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('changing 오늘2 changes exactly that line, plain style kept', () => {
    const r = patchFrontmatter(seed, new Map([['오늘2', '2024/10/28']]));
    expect(r.changed).toEqual(['오늘2']);
    expect(changedLines(seed, r.text)).toEqual(['오늘2: 2024/10/28']);
  });

  it('keeps double quotes, plain Korean/emoji values and the booleans plain', () => {
    const r = patchFrontmatter(
      seed,
      new Map<string, string | boolean>([
        ['🛑오늘', '⏰오늘 : 2024/10/28'],
        ['🛑첫학습후 몇일째?', '첫 학습 후 ❤81일째❤'],
        ['사이', '81'],
        ['진행바', '🟩🟩🟩🟩🟩🟩🟩⬜⬜⬜ 70%'],
        ['🧠장기기억', true],
        ['1일차복습여부1,0', '0'],
      ]),
    );
    expect(changedLines(seed, r.text).sort()).toEqual(
      [
        '🛑오늘: "⏰오늘 : 2024/10/28"',
        '🛑첫학습후 몇일째?: 첫 학습 후 ❤81일째❤',
        '사이: "81"',
        '진행바: 🟩🟩🟩🟩🟩🟩🟩⬜⬜⬜ 70%',
        '🧠장기기억: true',
        '"1일차복습여부1,0": "0"',
      ].sort(),
    );
  });

  it('reports keys the note lacks and does not add them unless asked', () => {
    const changes = new Map([['없는키', '값']]);
    const r = patchFrontmatter(seed, changes);
    expect(r).toMatchObject({ text: seed, missing: ['없는키'], added: [] });
    const added = patchFrontmatter(seed, changes, { addMissing: true });
    expect(added.added).toEqual(['없는키']);
    expect(added.text).toBe(seed.replace('진행바: 🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%\n', '$&없는키: 값\n'));
  });
});

function patched(text: string, key: string, value: string | boolean): string {
  return patchFrontmatter(text, new Map([[key, value]])).text;
}

describe('patchFrontmatter styles and layout', () => {
  it('quotes a plain value only when plain cannot hold it', () => {
    const t = 'a: x\n';
    const fm = (v: string) => `---\n${t.replace('x', v)}---\nbody\n`;
    expect(patched(fm('x'), 'a', '2024/08/12')).toBe(fm('2024/08/12'));
    expect(patched(fm('x'), 'a', '2024-08-12')).toBe(fm('2024-08-12'));
    for (const [v, out] of [
      ['true', '"true"'],
      ['80', '"80"'],
      ['0.6', '"0.6"'],
      ['null', '"null"'],
      ['', '""'],
      ['a: b', '"a: b"'],
      ['a #b', '"a #b"'],
      ['@2024년', '"@2024년"'],
      ['- x', '"- x"'],
      ['say "hi"\\', 'say "hi"\\'],
      ['two\nlines', '"two\\nlines"'],
      ['trailing ', '"trailing "'],
    ]) {
      expect(patched(fm('x'), 'a', v as string)).toBe(fm(out as string));
    }
  });

  it('keeps single quotes with doubled apostrophes, and double quotes with escapes', () => {
    expect(patched("---\na: 'x'\n---\n", 'a', "it's 80")).toBe("---\na: 'it''s 80'\n---\n");
    expect(patched("---\na: 'x'\n---\n", 'a', 'tab\there')).toBe('---\na: "tab\\there"\n---\n');
    expect(patched('---\na: "x"\n---\n', 'a', 'plain')).toBe('---\na: "plain"\n---\n');
    expect(patched('---\na: "x"\n---\n', 'a', 'say "hi"\\ \u2028')).toBe(
      '---\na: "say \\"hi\\"\\\\ \\u2028"\n---\n',
    );
  });

  it('keeps trailing comments, spacing, CRLF and the BOM', () => {
    const text = '\uFEFF---\r\n# head\r\na:   "x"   # note\r\nb: y\r\n\r\n---\r\nbody\r\n';
    expect(patched(text, 'a', 'z')).toBe(text.replace('"x"', '"z"'));
    expect(patched(text, 'b', true)).toBe(text.replace('b: y', 'b: true'));
  });

  it('fills an empty value right after the colon, before a comment', () => {
    expect(patched('---\na:\nb: 1\n---\n', 'a', 'v')).toBe('---\na: v\nb: 1\n---\n');
    expect(patched('---\na:   # c\n---\n', 'a', 'v')).toBe('---\na: v   # c\n---\n');
  });

  it('leaves block scalars and collections untouched and reports them', () => {
    const text = '---\na: |\n  keep\nb: [1, 2]\nc:\n  - x\nd: old\n---\n';
    const r = patchFrontmatter(
      text,
      new Map([
        ['a', 'n'],
        ['b', 'n'],
        ['c', 'n'],
        ['d', 'new'],
      ]),
    );
    expect(r.skipped).toEqual(['a', 'b', 'c']);
    expect(r.text).toBe(text.replace('d: old', 'd: new'));
  });

  it('drops an edit that would not read back (tagged scalar) instead of writing it', () => {
    const text = '---\na: !!str x\nb: y\n---\n';
    const r = patchFrontmatter(
      text,
      new Map<string, string | boolean>([
        ['a', true],
        ['b', 'z'],
      ]),
    );
    expect(r.skipped).toEqual(['a']);
    expect(r.text).toBe(text.replace('b: y', 'b: z'));
  });

  it('appends missing keys with the file line ending, quoting keys and values only when needed', () => {
    const text = '---\r\na: 1\r\n---\r\n';
    const r = patchFrontmatter(
      text,
      new Map([
        ['1일차복습여부1,0', '1'],
        ['k: x', 'v'],
      ]),
      { addMissing: true },
    );
    expect(r.text).toBe('---\r\na: 1\r\n1일차복습여부1,0: "1"\r\n"k: x": v\r\n---\r\n');
  });

  it('refuses a note whose frontmatter cannot be read', () => {
    expect(() => patched('---\na: [\n---\n', 'a', 'x')).toThrow(FrontmatterPatchError);
    expect(() => patched('no frontmatter\n', 'a', 'x')).toThrow(FrontmatterPatchError);
  });
});

describe('patchFrontmatter regressions', () => {
  it('quotes a value that plain YAML would read as an alias (`*별`)', () => {
    expect(patched('---\na: x\n---\n', 'a', '*별')).toBe('---\na: "*별"\n---\n');
  });
});

describe('patchFrontmatter edge layouts', () => {
  it('appends into an empty frontmatter', () => {
    const r = patchFrontmatter('---\n---\n본문\n', new Map([['오늘2', '2024/10/28']]), { addMissing: true });
    expect(r.text).toBe('---\n오늘2: 2024/10/28\n---\n본문\n');
  });

  it('patches the first of duplicate keys (the one the reader uses) and leaves the second', () => {
    const text = '---\na: 1\na: 2\n---\n';
    expect(patched(text, 'a', 'x')).toBe('---\na: x\na: 2\n---\n');
  });

  it('replaces a multi-line plain value and a value on the line after its key', () => {
    expect(patched('---\na: one\n  two\nb: 1\n---\n', 'a', 'x')).toBe('---\na: x\nb: 1\n---\n');
    expect(patched('---\na:\n  old\nb: 1\n---\n', 'a', 'new')).toBe('---\na:\n  new\nb: 1\n---\n');
  });
});
