/**
 * Small UTF-8 helpers for reading the bytes back out of a double-encoded note. Written by hand
 * because the repair works on one character's bytes at a time, with some bytes missing, which
 * `TextDecoder` can only report as U+FFFD.
 */

/** Whether a byte is a UTF-8 continuation byte (10xxxxxx). */
export function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}

/** Length of the sequence a lead byte starts (2–4), or 0 when it cannot start a multi-byte sequence. */
export function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const MIN_CODE_POINT = [0, 0, 0x80, 0x800, 0x10000];

/**
 * Decodes one complete multi-byte sequence (lead + continuations), or null when it is not valid
 * UTF-8: wrong length, overlong, a surrogate or beyond U+10FFFF.
 */
export function decodeSequence(bytes: readonly number[]): string | null {
  const lead = bytes[0];
  if (lead === undefined) return null;
  const length = sequenceLength(lead);
  if (length === 0 || bytes.length !== length) return null;
  let cp = lead & (0xff >> (length + 1));
  for (let i = 1; i < length; i++) {
    const b = bytes[i] ?? 0;
    if (!isContinuation(b)) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < (MIN_CODE_POINT[length] ?? 0) || cp > 0x10ffff) return null;
  if (cp >= 0xd800 && cp <= 0xdfff) return null;
  return String.fromCodePoint(cp);
}

/**
 * Every valid character obtained by inserting `missing` bytes from `fill` into `bytes` after the
 * lead byte, at any positions. Deduplicated, in code point order.
 */
export function completeSequence(
  bytes: readonly number[],
  missing: number,
  fill: readonly number[],
): string[] {
  const found = new Set<string>();
  const walk = (cur: number[], left: number): void => {
    if (left === 0) {
      const ch = decodeSequence(cur);
      if (ch !== null) found.add(ch);
      return;
    }
    for (let pos = 1; pos <= cur.length; pos++) {
      for (const b of fill) walk([...cur.slice(0, pos), b, ...cur.slice(pos)], left - 1);
    }
  };
  walk([...bytes], missing);
  return [...found].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
}
