/**
 * fast-check generator of Korean study notes for the frontmatter patcher's property test: random key
 * order, a random subset of the Korean profile's derived keys mixed with user keys, plain/double/single
 * quoting, full-line and trailing comments, blank lines, LF or CRLF, an optional BOM, empty values,
 * block values under user keys, Korean and emoji values and a random body.
 *
 * The note is rendered here without the code under test: plain only when the yaml package reads the
 * value back unchanged, double quotes via JSON (valid YAML for the printable pool below).
 */
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { koreanProfile } from '../../src/note/index.js';

export const DERIVED_KEYS = koreanProfile.derived.map((d) => d.key);
const USER_KEYS = ['➕첫 학습날', '➕과목', '❤1일복습여부', '🧠장기기억', '복습', 'tags', '메모', 'created'];

/** Values a template or a user might hold, including every plain-scalar trap. */
export const VALUE_POOL = [
  '복습',
  '첫 학습 후 ❤81일째❤',
  '⏰오늘 : 2024/10/28',
  '@2024년 10월 28일 오후 2:01',
  '2024/10/28',
  '2024-10-28',
  '🟩🟩🟩⬜⬜⬜⬜⬜⬜⬜ 30%',
  '80',
  '0.6',
  'true',
  'false',
  'null',
  '~',
  '',
  ' 앞공백',
  '뒤공백 ',
  "it's",
  'say "hi"',
  'a: b',
  'a #b',
  '#태그',
  '- 목록',
  '[x]',
  '{y}',
  '*별',
  '&앵커',
  '!태그',
  '|',
  '>',
  '%',
  '`코드`',
  'back\\slash',
  'ünïcödé',
  '😀 이모지 👍🏽',
  '韓國語',
  'x:',
  '?',
  ': x',
  '---',
];

export type Style = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

export interface ScalarLine {
  kind: 'scalar';
  key: string;
  quoteKey: boolean;
  value: string | boolean | null;
  style: Style;
  gap: string;
  comment: string;
}
export type Line =
  | ScalarLine
  | { kind: 'block'; key: string; source: string }
  | { kind: 'comment'; text: string }
  | { kind: 'blank'; spaces: string };

export interface GeneratedNote {
  bom: boolean;
  eol: '\n' | '\r\n';
  lines: Line[];
  body: string[];
}

const valueArb = fc.oneof(
  fc.constantFrom(...VALUE_POOL),
  fc.array(fc.constantFrom(...VALUE_POOL), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')),
);
const commentArb = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom('메모', 'note', '❤', ''))
    .map(([n, t]) => `${' '.repeat(n)}# ${t}`),
);

function scalarArb(key: string): fc.Arbitrary<ScalarLine> {
  return fc.record({
    kind: fc.constant('scalar' as const),
    key: fc.constant(key),
    quoteKey: key.includes(',') ? fc.constant(true) : fc.boolean(),
    value: fc.oneof({ weight: 6, arbitrary: valueArb }, fc.boolean(), fc.constant(null)),
    style: fc.constantFrom<Style>('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
    gap: fc.constantFrom(' ', ' ', '  ', '\t '),
    comment: commentArb,
  });
}

const BLOCKS = ['[a, 나]', '|', '>-'];
function blockArb(key: string): fc.Arbitrary<Line> {
  return fc.constantFrom(...BLOCKS).map((head) => {
    const source = head.startsWith('[') ? ` ${head}` : ` ${head}\n  줄 하나\n  줄 둘`;
    return { kind: 'block' as const, key, source };
  });
}
const listArb = (key: string): fc.Arbitrary<Line> =>
  fc.constant({ kind: 'block' as const, key, source: '\n  - 가\n  - "나"' });

const fillerArb: fc.Arbitrary<Line> = fc.oneof(
  fc.constantFrom('# 템플릿', '#', '# 🛑 파생 필드').map((text) => ({ kind: 'comment' as const, text })),
  fc.constantFrom('', '  ').map((spaces) => ({ kind: 'blank' as const, spaces })),
);

const BODY_POOL = [
  '[[Linux]]',
  '### 단서 질문',
  '- 질문?',
  '    답 ==강조==',
  '    ',
  '---',
  'a: b',
  '```Bash',
  '$ ip netns add red',
  '',
];

/** A whole note: entries in random order with filler lines between them. */
export const noteArb: fc.Arbitrary<GeneratedNote> = fc
  .record({
    derived: fc.subarray(DERIVED_KEYS, { minLength: 1 }),
    user: fc.subarray(USER_KEYS),
    bom: fc.boolean(),
    eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
    body: fc.array(fc.constantFrom(...BODY_POOL), { maxLength: 8 }),
  })
  .chain(({ derived, user, bom, eol, body }) => {
    const entries = [
      ...derived.map((k) => scalarArb(k) as fc.Arbitrary<Line>),
      ...user.map((k, i) => (i % 3 === 0 ? fc.oneof(scalarArb(k), blockArb(k), listArb(k)) : scalarArb(k))),
    ];
    const withFiller = entries.map((arb) =>
      fc.tuple(fc.array(fillerArb, { maxLength: 2 }), arb).map(([f, l]) => [...f, l]),
    );
    return fc
      .shuffledSubarray(withFiller, { minLength: withFiller.length, maxLength: withFiller.length })
      .chain((arbs) => fc.tuple(...arbs))
      .map((groups) => ({ bom, eol, body, lines: groups.flat() }));
  });

function plainReadsBack(value: string): boolean {
  try {
    const doc = parseDocument(value);
    return doc.errors.length === 0 && doc.toJS() === value;
  } catch {
    return false; // an alias without its anchor
  }
}

/** The YAML source of a scalar line's value in its style (double quotes when plain/single cannot). */
function valueSource(line: ScalarLine): string {
  const v = line.value;
  if (v === null) return '';
  if (typeof v === 'boolean') return String(v);
  if (line.style === 'PLAIN' && plainReadsBack(v)) return v;
  if (line.style === 'QUOTE_SINGLE') return `'${v.replaceAll("'", "''")}'`;
  return JSON.stringify(v);
}

function lineSource(line: Line, eol: string): string {
  switch (line.kind) {
    case 'comment':
      return line.text;
    case 'blank':
      return line.spaces;
    case 'block':
      return `${line.key}:${line.source.replaceAll('\n', eol)}`;
    case 'scalar': {
      const key = line.quoteKey ? JSON.stringify(line.key) : line.key;
      const value = valueSource(line);
      return value === '' ? `${key}:${line.comment}` : `${key}:${line.gap}${value}${line.comment}`;
    }
  }
}

/** The note's text. */
export function renderNote(note: GeneratedNote): string {
  const { eol } = note;
  const yaml = note.lines.map((l) => lineSource(l, eol) + eol).join('');
  return `${note.bom ? '\uFEFF' : ''}---${eol}${yaml}---${eol}${note.body.join(eol)}`;
}
