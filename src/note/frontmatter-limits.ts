/**
 * Bounds on a note's frontmatter, checked on the raw text before the YAML parser sees it: the
 * parser's memory and stack grow with the text and its nesting (a 50 MB quoted value took 53 s and
 * 4.4 GB, 5 000 nested levels overflowed the stack), and no study note's frontmatter comes near
 * either bound. The check is one linear pass, so a hostile file costs a scan, never a parse.
 *
 * - at most {@link MAX_FRONTMATTER_BYTES} (256 KB) of YAML → `frontmatter-too-large`;
 * - at most {@link MAX_FRONTMATTER_DEPTH} (64) levels of nesting → `frontmatter-too-deep`, counted
 *   as the block levels of indentation (each deeper indent, each `- ` opening a list item on the
 *   line) plus the open flow brackets (`[`, `{`) outside quoted text.
 */
import { diagnostic, type Diagnostic } from './diagnostic.js';

/** The largest frontmatter (UTF-16 code units of the YAML text, ~bytes for ASCII) parsed. */
export const MAX_FRONTMATTER_BYTES = 256 * 1024;

/** The deepest nesting parsed. */
export const MAX_FRONTMATTER_DEPTH = 64;

/**
 * A fatal diagnostic when `yaml` (the frontmatter's text, which starts on line `firstLine` of the
 * note) is over a bound, else null.
 */
export function checkFrontmatterLimits(file: string, yaml: string, firstLine: number): Diagnostic | null {
  if (yaml.length > MAX_FRONTMATTER_BYTES) {
    const kb = Math.ceil(yaml.length / 1024);
    const message = `the frontmatter is ${kb} KB, over the ${MAX_FRONTMATTER_BYTES / 1024} KB bokseup reads; move the long value into the note's body`;
    return diagnostic(file, firstLine, 'frontmatter-too-large', message);
  }
  const deep = nestingBound(yaml) <= MAX_FRONTMATTER_DEPTH ? null : tooDeepLine(yaml);
  if (deep === null) return null;
  const message = `the frontmatter nests deeper than ${MAX_FRONTMATTER_DEPTH} levels; bokseup does not read it`;
  return diagnostic(file, firstLine + deep, 'frontmatter-too-deep', message);
}

/**
 * A bound on the nesting `tooDeepLine` counts, in one cheap pass: each level of indentation takes a
 * line of its own, each list item a `-`, each flow collection a bracket. A study note's frontmatter
 * (~30 lines) stays far below the limit, so the line-by-line count runs only on long or odd ones
 * (it was ~3 % of a cold ingest's parsing time).
 */
function nestingBound(yaml: string): number {
  let n = 1;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 0x0a || c === 0x2d || c === 0x5b || c === 0x7b) n++; // \n - [ {
  }
  return n;
}

/** The 0-based line where nesting first exceeds the bound, or null. */
function tooDeepLine(yaml: string): number | null {
  const indents: number[] = [];
  let flow = 0;
  let lineNo = 0;
  for (const line of yaml.split('\n')) {
    const body = line.trimStart();
    if (flow === 0 && body !== '' && !body.startsWith('#')) {
      const indent = line.length - body.length;
      while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
      indents.push(indent);
    }
    const dashes = flow === 0 ? (/^(?:-[ \t]+)*/.exec(body)?.[0].replace(/[ \t]/g, '').length ?? 0) : 0;
    flow = flowDepthAfter(body, flow, (depth) => indents.length + dashes + depth > MAX_FRONTMATTER_DEPTH);
    if (flow < 0 || indents.length + dashes > MAX_FRONTMATTER_DEPTH) return lineNo;
    lineNo++;
  }
  return null;
}

/**
 * The open flow brackets after `text`, starting from `depth`; -1 as soon as `over(depth)` says the
 * nesting is too deep. Quoted text (a quote that starts a value) is skipped.
 */
function flowDepthAfter(text: string, start: number, over: (depth: number) => boolean): number {
  let depth = start;
  let quote = '';
  let prev = ' ';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if ((c === '"' || c === "'") && ' \t:[{,-'.includes(prev)) quote = c;
    else if (c === '[' || c === '{') {
      depth++;
      if (over(depth)) return -1;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '#' && (prev === ' ' || prev === '\t')) break;
    prev = c;
  }
  return depth;
}
