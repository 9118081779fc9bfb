/**
 * The bounds checked before YAML parsing: a frontmatter over 256 KB or nested deeper than 64
 * levels is one fatal diagnostic with the file and line, found by a linear scan (a 50 MB value
 * costs milliseconds, not a parse); ordinary frontmatter, and brackets inside quotes, pass.
 */
import { describe, expect, it } from 'vitest';
import {
  checkFrontmatterLimits,
  MAX_FRONTMATTER_BYTES,
  MAX_FRONTMATTER_DEPTH,
  parseNote,
} from '../../src/note/index.js';

const HEAD = '➕첫 학습날: 2026-11-28\n';

describe('checkFrontmatterLimits', () => {
  it('passes ordinary frontmatter, and brackets inside quoted values', () => {
    expect(checkFrontmatterLimits('a.md', `${HEAD}tags: [a, b]\nx: "${'['.repeat(500)}"\n`, 2)).toBeNull();
    expect(checkFrontmatterLimits('a.md', `${HEAD}x: '${'{'.repeat(500)}'\n`, 2)).toBeNull();
    const nested = Array.from({ length: MAX_FRONTMATTER_DEPTH - 1 }, (_, i) => `${' '.repeat(i)}k${i}:`);
    expect(checkFrontmatterLimits('a.md', nested.join('\n'), 2)).toBeNull();
  });

  it('refuses a frontmatter over the size bound, on its first line', () => {
    const d = checkFrontmatterLimits('a.md', `x: "${'a'.repeat(MAX_FRONTMATTER_BYTES)}"`, 2);
    expect(d).toMatchObject({ file: 'a.md', line: 2, rule: 'frontmatter-too-large', fatal: true });
  });

  it.each([
    ['flow sequences', `${HEAD}x: ${'['.repeat(5000)}${']'.repeat(5000)}`, 3],
    ['flow maps', `${HEAD}x: ${'{a: '.repeat(100)}1${'}'.repeat(100)}`, 3],
    ['list items on one line', `${HEAD}x:\n${'- '.repeat(3000)}a`, 4],
    [
      'indentation',
      HEAD + Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
      2 + 65,
    ],
  ])('refuses %s nested past the bound, at the line where it goes too deep', (_, yaml, line) => {
    const d = checkFrontmatterLimits('a.md', yaml, 2);
    expect(d).toMatchObject({ file: 'a.md', line, rule: 'frontmatter-too-deep', fatal: true });
  });

  it('draws the line at exactly the bound, however few lines the nesting takes', () => {
    const flow = (n: number) => `x: ${'['.repeat(n)}${']'.repeat(n)}`;
    const items = (n: number) => `x:\n${'- '.repeat(n)}a`;
    expect(checkFrontmatterLimits('a.md', flow(MAX_FRONTMATTER_DEPTH - 1), 2)).toBeNull();
    expect(checkFrontmatterLimits('a.md', flow(MAX_FRONTMATTER_DEPTH), 2)?.rule).toBe('frontmatter-too-deep');
    expect(checkFrontmatterLimits('a.md', items(MAX_FRONTMATTER_DEPTH - 1), 2)).toBeNull();
    expect(checkFrontmatterLimits('a.md', items(MAX_FRONTMATTER_DEPTH), 2)?.rule).toBe(
      'frontmatter-too-deep',
    );
  });

  it('scans a 50 MB value in bounded time, and parseNote refuses the note', () => {
    const text = `---\n${HEAD}x: "${'a'.repeat(50 * 1024 * 1024)}"\n---\nbody\n`;
    const started = performance.now();
    const result = parseNote('big.md', text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.note).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ file: 'big.md', line: 2, rule: 'frontmatter-too-large' }),
    ]);
  });

  it('leaves a huge frontmatter without a study marker an other note, without an error', () => {
    const result = parseNote('daily.md', `---\nx: "${'a'.repeat(MAX_FRONTMATTER_BYTES)}"\n---\n`);
    expect([result.kind, result.diagnostics]).toEqual(['other', []]);
  });
});
