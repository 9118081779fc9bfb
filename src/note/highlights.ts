/**
 * Obsidian `==highlight==` spans in a block of Markdown text. Hand-written because neither remark
 * nor micromark ships a highlight extension, and a full parse is too slow for the hot path.
 *
 * Rules: neither mark is part of a longer `=` run; an opening `==` is followed by a non-space, a
 * closing one preceded by a non-space (so `a == b` and `===` are not highlights). Code spans (`` `a == b` ``) are skipped, `\=` is a literal `=`.
 */

/** A highlight: [start, end) covers the `==` marks, `inner` is the text between them. */
export interface Highlight {
  start: number;
  end: number;
  inner: string;
}

/** Every highlight in `text`, left to right, non-overlapping. */
export function findHighlights(text: string): Highlight[] {
  const found: Highlight[] = [];
  let i = 0;
  while (i < text.length) {
    const skip = skipInert(text, i);
    if (skip > i) {
      i = skip;
      continue;
    }
    if (opensAt(text, i)) {
      const close = findClose(text, i + 2);
      if (close !== -1) {
        found.push({ start: i, end: close + 2, inner: text.slice(i + 2, close) });
        i = close + 2;
        continue;
      }
    }
    i++;
  }
  return found;
}

function findClose(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const skip = skipInert(text, i);
    if (skip > i) {
      i = skip;
      continue;
    }
    if (closesAt(text, i)) return i;
    i++;
  }
  return -1;
}

function opensAt(text: string, i: number): boolean {
  return text.startsWith('==', i) && text[i - 1] !== '=' && text[i + 2] !== '=' && !isSpace(text[i + 2]);
}

function closesAt(text: string, i: number): boolean {
  return text.startsWith('==', i) && text[i + 2] !== '=' && text[i - 1] !== '=' && !isSpace(text[i - 1]);
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

/** Index after a backslash escape or a complete code span starting at `i`, else `i`. */
function skipInert(text: string, i: number): number {
  if (text[i] === '\\') return i + 2;
  if (text[i] !== '`') return i;
  let run = 1;
  while (text[i + run] === '`') run++;
  const fence = '`'.repeat(run);
  for (let j = text.indexOf(fence, i + run); j !== -1; j = text.indexOf(fence, j + 1)) {
    let k = j + run;
    if (text[j - 1] !== '`' && text[k] !== '`') return k;
    while (text[k] === '`') k++;
    j = k - 1;
  }
  return i + run;
}

/** `text` with every highlight's marks removed (the spans shown plainly). */
export function unmarkHighlights(text: string, spans: readonly Highlight[] = findHighlights(text)): string {
  let out = '';
  let at = 0;
  for (const h of spans) {
    out += text.slice(at, h.start) + h.inner;
    at = h.end;
  }
  return out + text.slice(at);
}
