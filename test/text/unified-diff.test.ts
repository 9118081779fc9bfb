import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/text/index.js';

interface Line {
  text: string;
  eol: boolean;
}

function toLines(text: string): Line[] {
  const parts = text.split('\n');
  const last = parts.pop() ?? '';
  const lines = parts.map((t) => ({ text: t, eol: true }));
  return last === '' ? lines : [...lines, { text: last, eol: false }];
}

/** Applies a unified diff (hunks in order, removed and context lines checked) to `text`. */
function applyDiff(text: string, diff: string): string {
  const old = toLines(text);
  const out: Line[] = [];
  let at = 0;
  let prev = ' ';
  for (const row of diff === '' ? [] : diff.split('\n').slice(2, -1)) {
    const m = /^@@ -(\d+)(?:,(\d+))? /.exec(row);
    if (m) {
      const start = Number(m[1]) - (m[2] === '0' ? 0 : 1);
      out.push(...old.slice(at, start));
      at = start;
    } else if (row === '\\ No newline at end of file') {
      const last = out[out.length - 1];
      if (prev !== '-' && last !== undefined) last.eol = false;
    } else {
      prev = row[0] ?? ' ';
      if (prev !== '+') expect(old[at++]?.text).toBe(row.slice(1));
      if (prev !== '-') out.push({ text: row.slice(1), eol: true });
    }
  }
  return [...out, ...old.slice(at)].map((l) => l.text + (l.eol ? '\n' : '')).join('');
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'a', 'b')).toBe('');
  });

  it('writes diff -u hunks with three lines of context', () => {
    const a = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].join('\n') + '\n';
    const b = a.replace('2\n', 'two\n').replace('11\n', 'eleven\n');
    expect(unifiedDiff(a, b, 'a/n.md', 'b/n.md')).toBe(
      [
        '--- a/n.md',
        '+++ b/n.md',
        '@@ -1,5 +1,5 @@',
        ' 1',
        '-2',
        '+two',
        ' 3',
        ' 4',
        ' 5',
        '@@ -8,5 +8,5 @@',
        ' 8',
        ' 9',
        ' 10',
        '-11',
        '+eleven',
        ' 12',
        '',
      ].join('\n'),
    );
  });

  it('marks a missing final newline', () => {
    expect(unifiedDiff('x\n', 'x', 'a', 'b')).toBe(
      '--- a\n+++ b\n@@ -1 +1 @@\n-x\n+x\n\\ No newline at end of file\n',
    );
  });

  it('handles empty sides', () => {
    expect(unifiedDiff('', '가\n', 'a', 'b')).toBe('--- a\n+++ b\n@@ -0,0 +1 @@\n+가\n');
    expect(unifiedDiff('가\n나\n', '', 'a', 'b')).toBe('--- a\n+++ b\n@@ -1,2 +0,0 @@\n-가\n-나\n');
  });

  it('property: applying the diff to the old text gives the new text', () => {
    const line = fc.constantFrom('a', 'b', 'c', '한글', '', 'x\r');
    const text = fc
      .tuple(fc.array(line, { maxLength: 30 }), fc.boolean())
      .map(([ls, nl]) => ls.join('\n') + (nl && ls.length > 0 ? '\n' : ''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(applyDiff(a, unifiedDiff(a, b, 'a', 'b'))).toBe(b);
      }),
    );
  });
});
