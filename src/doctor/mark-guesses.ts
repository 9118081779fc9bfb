/**
 * `doctor --fix-encoding --mark`: doubtful guesses are wrapped in the note itself, as
 * `<mark class="bokseup-guess" title="could be 의, 잘">영</mark>`, which Obsidian shows highlighted
 * (the alternatives on hover). Not `==…==`: that is how the learner marks the facts that become
 * cloze cards. Nothing is marked in the frontmatter (the template must stay valid YAML) or in code
 * (commands stay runnable); those guesses are only listed. A later `doctor` reports every note that
 * still has such a mark: deleting the tags around a checked character confirms it.
 */
import type { EncodingGuess } from './repair-double-encoding.js';

const OPEN = '<mark class="bokseup-guess"';
/** One mark, as written by `markGuesses`. */
const MARK = /<mark class="bokseup-guess"[^>]*>[^<]*<\/mark>/g;

/** The lines (1-based) that cannot carry a mark: the frontmatter and fenced code blocks. */
function unmarkable(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let inFront = lines[0]?.replace(/^\uFEFF/, '').trimEnd() === '---';
  let fence: string | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (inFront) {
      out.add(i + 1);
      if (i > 0 && line === '---') inFront = false;
      return;
    }
    const open = /^\s*(`{3,}|~{3,})/.exec(line)?.[1] ?? null;
    if (fence !== null || open !== null) out.add(i + 1);
    if (fence === null && open !== null) fence = open;
    else if (fence !== null && line.trim().startsWith(fence)) fence = null;
  });
  return out;
}

/** Whether column `col` (1-based, code points) of `line` is inside an inline code span. */
function inInlineCode(line: readonly string[], col: number): boolean {
  let ticks = 0;
  for (let i = 0; i < col - 1; i++) if (line[i] === '`') ticks++;
  return ticks % 2 === 1;
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The mark around `g.chosen`, split where the character goes. */
function markOf(g: EncodingGuess): [string, string] {
  const title = `could be ${g.alternatives.slice(0, 3).join(', ')}`;
  return [`${OPEN} title="${escapeAttr(title)}">`, '</mark>'];
}

function markLine(line: readonly string[], marks: ReadonlyMap<number, EncodingGuess>): [string[], number[]] {
  const out: string[] = [];
  const columnOf: number[] = [];
  line.forEach((ch, i) => {
    const g = marks.get(i + 1);
    if (g === undefined) {
      columnOf[i + 1] = out.push(ch);
      return;
    }
    const [open, close] = markOf(g);
    out.push(...open);
    columnOf[i + 1] = out.push(ch);
    out.push(...close);
  });
  return [out, columnOf];
}

/**
 * `text` with every guess below `floor` wrapped where a mark can go, and the guesses with their
 * columns moved to where their character now is.
 */
export function markGuesses(
  text: string,
  guesses: readonly EncodingGuess[],
  floor: number,
): { text: string; guesses: EncodingGuess[]; marked: number } {
  const rows = text.split('\n');
  const skip = unmarkable(rows);
  const byLine = new Map<number, Map<number, EncodingGuess>>();
  for (const g of guesses) {
    const line = [...(rows[g.line - 1] ?? '')];
    if (g.confidence >= floor || skip.has(g.line) || inInlineCode(line, g.column)) continue;
    if (line[g.column - 1] !== g.chosen) continue;
    const m = byLine.get(g.line) ?? new Map<number, EncodingGuess>();
    byLine.set(g.line, m.set(g.column, g));
  }
  const columns = new Map<number, number[]>();
  const out = rows.map((row, i) => {
    const marks = byLine.get(i + 1);
    if (marks === undefined) return row;
    const [chars, columnOf] = markLine([...row], marks);
    columns.set(i + 1, columnOf);
    return chars.join('');
  });
  const moved = guesses.map((g) => ({ ...g, column: columns.get(g.line)?.[g.column] ?? g.column }));
  const marked = [...byLine.values()].reduce((n, m) => n + m.size, 0);
  return { text: out.join('\n'), guesses: moved, marked };
}

/** Marks still in a note: 1-based line and the marked character, in order. */
export function findMarks(text: string): { line: number; chosen: string }[] {
  const out: { line: number; chosen: string }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(MARK)) out.push({ line: i + 1, chosen: m[0].replace(/<[^>]*>/g, '') });
  });
  return out;
}
