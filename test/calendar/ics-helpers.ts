/** Test-only iCalendar reader: unfold, split into components, unescape TEXT. */

/** Undo RFC 5545 folding (CRLF followed by one space or tab). */
export function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');
}

/** Undo TEXT escaping. */
export function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export interface Prop {
  name: string;
  params: string;
  value: string;
}

/** Split a content line into name, `;params` and value (at the first colon outside quotes). */
export function parseProp(line: string): Prop {
  const colon = line.indexOf(':');
  const head = line.slice(0, colon);
  const semi = head.indexOf(';');
  return {
    name: semi < 0 ? head : head.slice(0, semi),
    params: semi < 0 ? '' : head.slice(semi + 1),
    value: line.slice(colon + 1),
  };
}

/** The property lines directly inside each `BEGIN:<kind>` … `END:<kind>` block (nested blocks excluded). */
export function components(lines: string[], kind: string): Prop[][] {
  const out: Prop[][] = [];
  let depth = 0;
  let current: Prop[] | null = null;
  for (const line of lines) {
    if (line === `BEGIN:${kind}`) {
      current = [];
      depth = 0;
    } else if (current && line === `END:${kind}`) {
      out.push(current);
      current = null;
    } else if (current && line.startsWith('BEGIN:')) depth++;
    else if (current && line.startsWith('END:')) depth--;
    else if (current && depth === 0) current.push(parseProp(line));
  }
  return out;
}

/** The value of the first property named `name`, or undefined. */
export function prop(props: Prop[], name: string): Prop | undefined {
  return props.find((p) => p.name === name);
}
