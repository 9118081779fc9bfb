/**
 * One fast pass over a note body that classifies every line the way CommonMark block parsing
 * would for the shapes these notes use (headings, list items, fenced code, quotes, rules). The
 * card extractors work on this instead of a full Markdown parse: remark takes ~14 ms on the seed
 * note, this pass a few microseconds. `note-outline.ts` cross-checks it against remark's mdast.
 *
 * Known simplifications: indented (4-space) code blocks outside lists are read as text; fence
 * nesting inside block quotes is not tracked; a tab counts as four columns.
 */

/** What a line is. `code` lines are inside a fenced block; `fence` lines open or close one. */
export type LineKind = 'blank' | 'fence' | 'code' | 'heading' | 'item' | 'rule' | 'quote' | 'text';

export interface BodyLine {
  kind: LineKind;
  /** Columns of leading whitespace. */
  indent: number;
  /** Heading level 1–6, else 0. */
  level: number;
  /** Heading text, item text after the marker, quote text after `>`, other text without indent. */
  text: string;
  /** For list items: the column where the item's content begins. */
  contentIndent: number;
}

const FENCE = /^(`{3,}|~{3,})(.*)$/;
const HEADING = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const ITEM = /^([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*)|$)/;

/** Classify each line of `lines` (no line terminators). */
export function scanBodyLines(lines: readonly string[]): BodyLine[] {
  const out: BodyLine[] = [];
  let fence: { char: string; length: number } | null = null;
  for (const raw of lines) {
    const { indent, rest } = splitIndent(raw);
    const c = rest[0];
    const open = c === '`' || c === '~' ? FENCE.exec(rest) : null;
    if (fence !== null) {
      const closes = open !== null && c === fence.char && (open[1]?.length ?? 0) >= fence.length;
      if (closes && (open[2] ?? '').trim() === '') {
        fence = null;
        out.push(line('fence', indent, rest));
      } else out.push(line('code', indent, raw));
    } else if (open !== null && !(c === '`' && (open[2] ?? '').includes('`'))) {
      fence = { char: c ?? '`', length: open[1]?.length ?? 3 };
      out.push(line('fence', indent, rest));
    } else out.push(classify(indent, rest));
  }
  return out;
}

/** Classify a line outside fenced code; the first character picks the only patterns worth trying. */
function classify(indent: number, rest: string): BodyLine {
  const c = rest[0];
  if (c === undefined || rest.trim() === '') return line('blank', indent, '');
  if (c === '#') {
    const heading = HEADING.exec(rest);
    if (heading !== null)
      return { ...line('heading', indent, (heading[2] ?? '').trim()), level: heading[1]?.length ?? 1 };
  }
  if ((c === '-' || c === '*' || c === '_') && RULE.test(rest)) return line('rule', indent, rest);
  if (c === '-' || c === '*' || c === '+' || (c >= '0' && c <= '9')) {
    const item = ITEM.exec(rest);
    if (item !== null) return itemLine(indent, item);
  }
  if (c === '>') return line('quote', indent, rest.replace(/^(?:>[ \t]?)+/, '').trimEnd());
  return line('text', indent, rest.trimEnd());
}

function itemLine(indent: number, item: RegExpExecArray): BodyLine {
  const marker = item[1]?.length ?? 1;
  const gap = item[2]?.length ?? 1;
  const contentIndent = indent + marker + (item[3] === undefined || item[3] === '' || gap > 4 ? 1 : gap);
  return { ...line('item', indent, (item[3] ?? '').trimEnd()), contentIndent };
}

function line(kind: LineKind, indent: number, text: string): BodyLine {
  return { kind, indent, level: 0, text, contentIndent: 0 };
}

/** Leading whitespace width (tabs to the next multiple of 4) and the rest of the line. */
export function splitIndent(raw: string): { indent: number; rest: string } {
  let indent = 0;
  let i = 0;
  for (; i < raw.length; i++) {
    const c = raw[i];
    if (c === ' ') indent++;
    else if (c === '\t') indent += 4 - (indent % 4);
    else break;
  }
  return { indent, rest: raw.slice(i) };
}
