/**
 * A unified diff of two texts by lines (`diff -u` format, three lines of context), for
 * `doctor --fix-encoding` and `regen --dry-run`. Hand-written (an LCS over the lines between the
 * common head and tail) rather than a dependency: it is small and notes are a few hundred lines.
 */

/** One line of the edit script; `a`/`b` are 0-based line indexes in the old/new text. */
interface Edit {
  op: ' ' | '-' | '+';
  line: string;
  a: number;
  b: number;
}

const CONTEXT = 3;
/** Above this many LCS cells the middle is shown as replaced wholesale (still a correct diff). */
const MAX_CELLS = 16_000_000;
const NO_NEWLINE = '\\ No newline at end of file';
const NO_EOL = '\u0000';

/** Lines of `text`; a last line without a newline carries `NO_EOL`, so "x" and "x\n" differ. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += NO_EOL;
  return lines;
}

function lcsTable(a: readonly string[], b: readonly string[]): Uint32Array {
  const w = b.length + 1;
  const t = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      t[i * w + j] =
        a[i] === b[j]
          ? (t[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(t[(i + 1) * w + j] ?? 0, t[i * w + j + 1] ?? 0);
    }
  }
  return t;
}

function middleEdits(a: readonly string[], b: readonly string[], ia: number, ib: number): Edit[] {
  const out: Edit[] = [];
  const t = (a.length + 1) * (b.length + 1) <= MAX_CELLS ? lcsTable(a, b) : null;
  const w = b.length + 1;
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (t !== null && i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ op: ' ', line: a[i] ?? '', a: ia + i++, b: ib + j++ });
      continue;
    }
    const down = t?.[(i + 1) * w + j] ?? 0;
    const right = t?.[i * w + j + 1] ?? 0;
    if (i < a.length && (j === b.length || t === null || down >= right)) {
      out.push({ op: '-', line: a[i] ?? '', a: ia + i++, b: ib + j });
    } else {
      out.push({ op: '+', line: b[j] ?? '', a: ia + i, b: ib + j++ });
    }
  }
  return out;
}

function editScript(a: readonly string[], b: readonly string[]): Edit[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const same = (from: number, to: number, shift: number): Edit[] =>
    a.slice(from, to).map((line, k) => ({ op: ' ', line, a: from + k, b: from + k + shift }));
  const mid = middleEdits(a.slice(head, a.length - tail), b.slice(head, b.length - tail), head, head);
  return [...same(0, head, 0), ...mid, ...same(a.length - tail, a.length, b.length - a.length)];
}

/** Changes with `CONTEXT` lines around them; changes closer than twice that share a hunk. */
function groupHunks(edits: readonly Edit[]): Edit[][] {
  const keep = new Uint8Array(edits.length);
  edits.forEach((e, k) => {
    if (e.op !== ' ') keep.fill(1, Math.max(0, k - CONTEXT), k + CONTEXT + 1);
  });
  const hunks: Edit[][] = [];
  edits.forEach((e, k) => {
    if (keep[k] === 0) return;
    if (k === 0 || keep[k - 1] === 0) hunks.push([]);
    hunks[hunks.length - 1]?.push(e);
  });
  return hunks;
}

function range(start: number, count: number): string {
  const from = count === 0 ? start : start + 1;
  return count === 1 ? `${from}` : `${from},${count}`;
}

function hunkText(h: readonly Edit[]): string[] {
  const first = h[0];
  const countA = h.filter((e) => e.op !== '+').length;
  const countB = h.filter((e) => e.op !== '-').length;
  const out = [`@@ -${range(first?.a ?? 0, countA)} +${range(first?.b ?? 0, countB)} @@`];
  for (const e of h) {
    if (e.line.endsWith(NO_EOL)) out.push(e.op + e.line.slice(0, -1), NO_NEWLINE);
    else out.push(e.op + e.line);
  }
  return out;
}

/**
 * The unified diff turning `oldText` into `newText`, headed `--- oldName` / `+++ newName`; the
 * empty string when the texts are equal. Lines keep any `\r`, so CRLF changes show.
 */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string): string {
  if (oldText === newText) return '';
  const edits = editScript(splitLines(oldText), splitLines(newText));
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  for (const h of groupHunks(edits)) out.push(...hunkText(h));
  return out.join('\n') + '\n';
}
