/**
 * fast-check arbitraries of mutated notes for the fuzz suite: a pristine sample note (or a small
 * generated one) with one or more of the mutations a real vault or an attacker produces applied to
 * its bytes: truncation, deep nesting, huge scalars, odd dates, tabs, a BOM, NUL, bad UTF-8,
 * duplicate keys, anchor/alias bombs, `!!binary`, CRLF, random byte flips. Each value is the bytes
 * of one note plus the names of the mutations (for the failure message).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const SAMPLE = path.resolve(import.meta.dirname, '../fixtures/sample-vault');

/** The pristine notes every mutation starts from. */
export const SEEDS: readonly Buffer[] = readdirSync(SAMPLE)
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map((n) => readFileSync(path.join(SAMPLE, n)));

const FIRST_STUDY = Buffer.from('➕첫 학습날: ');

/** A mutation of a note's bytes, with its name. */
type Mutation = fc.Arbitrary<{ name: string; apply: (b: Buffer) => Buffer }>;

const at = (b: Buffer, ratio: number): number => Math.floor(b.length * ratio);
const insertAt = (b: Buffer, offset: number, piece: string | Buffer): Buffer =>
  Buffer.concat([b.subarray(0, offset), Buffer.from(piece), b.subarray(offset)]);

/** After the opening `---` line: inside the frontmatter. */
const inFrontmatter = (b: Buffer, piece: string | Buffer): Buffer => insertAt(b, b.indexOf('\n') + 1, piece);

/** Replace the first-study value (to the end of its line). */
function withFirstStudy(b: Buffer, value: string): Buffer {
  const start = b.indexOf(FIRST_STUDY);
  if (start < 0) return b;
  const from = start + FIRST_STUDY.length;
  const end = b.indexOf('\n', from);
  return Buffer.concat([b.subarray(0, from), Buffer.from(value), b.subarray(end < 0 ? b.length : end)]);
}

const ODD_DATES = [
  '9999-12-31',
  '9999-12-18',
  '9999-12-17',
  '10000-01-01',
  '0000-01-01',
  '0001-01-01',
  '1969-12-31',
  '2024-02-30',
  '2024-13-45',
  '2024-2-9',
  '2024/02/29',
  '+002024-01-01',
  '-1',
  '1e9',
  '',
  '~',
  'null',
  '2024-01-01T25:61',
  '"2024-01-01"',
  '[2024-01-01]',
  '{a: 1}',
  '!!binary aGVsbG8=',
  '&a 2024-01-01',
];

const mutations: Mutation[] = [
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((r) => ({ name: `truncate@${r.toFixed(3)}`, apply: (b) => b.subarray(0, at(b, r)) })),
  fc.integer({ min: 60, max: 3000 }).map((n) => ({
    name: `flow-nesting ${n}`,
    apply: (b) => inFrontmatter(b, `deep: ${'['.repeat(n)}${']'.repeat(n)}\n`),
  })),
  fc.integer({ min: 60, max: 3000 }).map((n) => ({
    name: `map-nesting ${n}`,
    apply: (b) => inFrontmatter(b, `deep: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`),
  })),
  fc.integer({ min: 60, max: 500 }).map((n) => ({
    name: `block-nesting ${n}`,
    apply: (b) =>
      inFrontmatter(b, Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + '\n'),
  })),
  fc.integer({ min: 60, max: 3000 }).map((n) => ({
    name: `list-nesting ${n}`,
    apply: (b) => inFrontmatter(b, `deep:\n${'- '.repeat(n)}a\n`),
  })),
  fc
    .integer({ min: 100_000, max: 2_000_000 })
    .map((n) => ({ name: `huge-scalar ${n}`, apply: (b) => inFrontmatter(b, `big: "${'a'.repeat(n)}"\n`) })),
  fc
    .constantFrom(...ODD_DATES)
    .map((d) => ({ name: `first-study ${JSON.stringify(d)}`, apply: (b) => withFirstStudy(b, d) })),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((r) => ({ name: 'tab', apply: (b) => insertAt(b, at(b, r), '\t') })),
  fc.constant({ name: 'bom', apply: (b: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) }),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((r) => ({ name: 'nul', apply: (b) => insertAt(b, at(b, r), Buffer.from([0])) })),
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom([0xff], [0xc3], [0xe9, 0x0a], [0xed, 0xa0, 0x80], [0xc0, 0xaf]),
    )
    .map(([r, bytes]) => ({
      name: `bad-utf8 ${bytes.join(',')}`,
      apply: (b) => insertAt(b, at(b, r), Buffer.from(bytes)),
    })),
  fc.constant({
    name: 'duplicate-first-study',
    apply: (b: Buffer) => inFrontmatter(b, '➕첫 학습날: 2020-01-01\n'),
  }),
  fc.constant({ name: 'duplicate-flag', apply: (b: Buffer) => inFrontmatter(b, '❤1일복습여부: true\n') }),
  fc
    .integer({ min: 5, max: 12 })
    .map((n) => ({ name: `alias-bomb ${n}`, apply: (b) => inFrontmatter(b, aliasBomb(n)) })),
  fc.constant({
    name: 'binary-derived',
    apply: (b: Buffer) => Buffer.from(b.toString('utf8').replace(/^오늘2: .*$/m, '오늘2: !!binary aGVsbG8=')),
  }),
  fc.constant({
    name: 'list-derived',
    apply: (b: Buffer) => Buffer.from(b.toString('utf8').replace(/^사이: .*$/m, '사이: [1, 2]')),
  }),
  fc.constant({
    name: 'crlf',
    apply: (b: Buffer) => Buffer.from(b.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
  }),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })).map(([r, byte]) => ({
    name: `flip@${r.toFixed(3)}=${byte}`,
    apply: (b) => flipByte(b, Math.min(at(b, r), b.length - 1), byte),
  })),
];

/** A copy of `b` with the byte at `i` set to `byte` (an empty note stays empty). */
function flipByte(b: Buffer, i: number, byte: number): Buffer {
  const out = Buffer.from(b);
  if (i >= 0) out[i] = byte;
  return out;
}

/** `a0: &a0 [x, x, …]`, each next level ten aliases of the previous: 10^n nodes if expanded. */
function aliasBomb(levels: number): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

/** A mutated note: a seed with one to three mutations applied in order. */
export interface MutatedNote {
  bytes: Buffer;
  mutations: string[];
}

export const mutatedNoteArb: fc.Arbitrary<MutatedNote> = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(fc.oneof(...mutations), { minLength: 1, maxLength: 3 }))
  .map(([seed, applied]) => ({
    bytes: applied.reduce((b, m) => m.apply(b), seed),
    mutations: applied.map((m) => m.name),
  }));
