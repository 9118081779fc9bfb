/**
 * Lines too long for ink: ink measures a text's widest line with string-width over the whole
 * unwrapped line, several times a frame, and that grows faster than the line (a 54,000-character
 * line took 2.9 s to draw, 270,000 characters never finished). A card holding one (a pasted
 * certificate, minified JSON, a log joined into one line) has each such line of its Markdown cut
 * into pieces of at most `MAX_LINE` characters, at a space where there is one, each piece indented
 * as the line was (so it stays in its list item or code block). Shorter lines are left as they are.
 */
export const MAX_LINE = 1000;

function pieces(line: string, max: number): string[] {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const out: string[] = [];
  let rest = line.slice(indent.length);
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const cut = space > max / 2 ? space : max;
    out.push(indent + rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, '');
  }
  out.push(indent + rest);
  return out;
}

/** `source` with every line longer than `max` characters cut into lines of at most `max`, plus its indent. */
export function breakLongLines(source: string, max = MAX_LINE): string {
  if (source.length <= max) return source;
  return source
    .split('\n')
    .flatMap((line) => (line.length > max ? pieces(line, max) : [line]))
    .join('\n');
}
