/**
 * The flat frontmatter scanner against the YAML parser: whenever the scanner reads a frontmatter,
 * it reads every entry exactly as `yaml` does (key, value and its type, quoting style, source range,
 * line), on generated frontmatter full of YAML's corner cases and on the real notes of the fixtures;
 * everything it is not sure of goes to the parser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontmatter, readYamlEntries, scanFlatYaml } from '../../src/note/index.js';

const KEYS = [
  'a',
  '키',
  '➕첫 학습날',
  '4일후(text)',
  '"1일차복습여부1,0"',
  "'q'",
  '1',
  '0x1F',
  '1.0',
  'true',
  '~',
  'null',
  '-a',
  '?a',
  'a:b',
  'a#b',
  'a b',
  '<<',
  '🛑첫학습후 몇일째?',
  '"a b"',
  '"a:b"',
  '"a#b"',
  'a"b',
  "a'b",
  '.inf',
  '+1',
  '012',
  '0o7',
  '1e3',
  '---x',
  '...x',
  '%a',
  '@a',
  '[a]',
  '{a}',
  'a,b',
  '"',
  'a\\b',
  'a\tb',
  ' a',
  'a ',
  'Yes',
  '"a\\"b"',
  "'a''b'",
  '\u3000a',
  'a\u00a0',
];
const VALUES = [
  '',
  ' ',
  'x',
  '2024-08-08',
  'true',
  'False',
  'TRUE',
  'yes',
  '~',
  'null',
  'Null',
  '1',
  '-1',
  '+1',
  '0x1F',
  '0o17',
  '012',
  '1.5',
  '.5',
  '1.',
  '1e3',
  '-1E-3',
  '.inf',
  '-.Inf',
  '.nan',
  '"✍첫날 : 2024/08/08"',
  '"a\\"b"',
  '"a\\nb"',
  "'it''s'",
  "'x'",
  '"x" # c',
  '"x"  ',
  '"x"y',
  'a # c',
  'a#b',
  'a: b',
  'a:',
  'a:b',
  '- a',
  '-a',
  '? a',
  '?a',
  ': a',
  '[a, b]',
  '{a: 1}',
  'a [b]',
  '|',
  '>',
  '&x a',
  '*x',
  '!str 1',
  '%x',
  '@x',
  '`x`',
  '🟩🟩⬜ 60%',
  '첫 학습 후 ❤80일째❤',
  '"@2024년 8월 12일"',
  'a  b',
  'a ',
  'a\u3000',
  '\u3000a',
  '\u00a0',
  'a\tb',
  '"a\tb"',
  '"',
  "'",
  '"a',
  'x"y',
  "x'y",
  ',a',
  'a,b',
  '123456789012345678901234567890',
  '0b1',
  '1_000',
  '"\u0085"',
  '\ufeffa',
  'a\u2028b',
  'a\rb',
  '""',
  "''",
  '" "',
  '#',
  'a\\b',
  '"a\\b"',
];
const SEPARATORS = [':', ': ', ':  ', ':\t', ' :', '::', ': \t'];
const ODD_LINES = ['', '   ', '# comment', '  a: b', '\ta: b', '- a', '---', '...', 'a', ' ', '\u00a0'];

const tricky = fc.string({
  unit: fc.constantFrom(...'a가🟩 :#"\'-?[]{},\\\t1.e~\u3000!&*|>%@'.split('')),
  maxLength: 8,
});
const keyArb = fc.oneof(fc.constantFrom(...KEYS), tricky);
const valueArb = fc.oneof(fc.constantFrom(...VALUES), tricky);
const lineArb = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(keyArb, fc.constantFrom(...SEPARATORS), valueArb).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_LINES) },
);
const yamlArb = fc
  .tuple(fc.array(lineArb, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.map((l) => l + eol).join(''));

/** Both readings of `yaml` placed at `base` of a note, on its line `firstLine`. */
function both(yaml: string, base = 4, firstLine = 2) {
  const fast = scanFlatYaml(yaml, base, firstLine);
  const where = {
    yamlStart: base,
    yamlEnd: base + yaml.length,
    bodyStart: base + yaml.length + 4,
    bodyLine: 9,
  };
  const slow = readYamlEntries('a.md', yaml, where, firstLine);
  return { fast, slow };
}

describe('scanFlatYaml', () => {
  it('reads every frontmatter it accepts exactly as the YAML parser does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(yamlArb, (yaml) => {
        const { fast, slow } = both(yaml);
        if (fast === null) return;
        accepted += 1;
        expect(slow).toMatchObject({ ok: true, diagnostics: [] });
        if (!slow.ok) return;
        expect([...fast]).toEqual([...slow.frontmatter.entries]);
      }),
      { numRuns: 4000 },
    );
    // The property is not vacuous: a good share of the generated frontmatter takes the fast path.
    expect(accepted).toBeGreaterThan(400);
  });

  it('leaves to the parser what it cannot be sure of', () => {
    for (const yaml of [
      'a: 1\na: 2\n', // a repeated key: the parser warns
      '# c\na: 1\n',
      'a:\n  b: 1\n',
      'a: [1, 2]\n',
      'a: "x\\ty"\n',
      'a: b # c\n',
      'a:\tb\n',
      'a: |\n  x\n',
      '- a\n',
      'a: b: c\n',
    ])
      expect(scanFlatYaml(yaml, 0, 1), JSON.stringify(yaml)).toBeNull();
  });

  it('takes the frontmatter of every study note of the fixtures, reading it as the parser does', () => {
    const root = path.join(import.meta.dirname, '..', 'fixtures');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.md')) files.push(full);
      }
    };
    walk(root);
    let studyNotes = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('첫 학습날') && !text.includes('first study')) continue;
      const read = readFrontmatter(file, text);
      if (!read.ok) continue;
      const { yamlStart, yamlEnd } = read.frontmatter;
      const { fast, slow } = both(text.slice(yamlStart, yamlEnd), yamlStart, 2);
      if (fast === null) continue;
      studyNotes += 1;
      expect(slow.ok && [...slow.frontmatter.entries]).toEqual([...fast]);
    }
    expect(studyNotes).toBeGreaterThan(5);
  });
});
