/**
 * RFC 5545 §3.1 content-line folding: a physical line holds at most 75 octets (CRLF excluded) and
 * continuation lines begin with a single space. Folding counts UTF-8 octets, not UTF-16 units, and
 * breaks only between code points, so a Hangul syllable (3 octets) or an emoji (4 octets) is never
 * split across lines. Hand-written because it is a dozen lines and the iCalendar libraries on npm
 * either fold by UTF-16 length (splitting Korean text mid-character) or pull in a whole object model.
 */

const MAX_OCTETS = 75;

/** Octets of one code point in UTF-8. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Fold one unfolded content line into physical lines joined by CRLF (no trailing CRLF).
 * Every returned physical line is at most 75 octets, the leading space of continuations included.
 */
export function foldLine(line: string): string {
  // A UTF-16 unit takes at most 3 octets: a short line needs no count; a long one is counted in place.
  if (line.length * 3 <= MAX_OCTETS || Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}
