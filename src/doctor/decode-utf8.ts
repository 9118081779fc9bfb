/**
 * Strict UTF-8 decoding of a note's bytes that, on failure, says where: `TextDecoder` with
 * `fatal` only throws, without the offset a user needs to find the bad byte.
 */
import { decodeSequence, sequenceLength } from '../text/encoding/utf8-sequence.js';

/** The decoded text (a BOM kept as U+FEFF), or where the first invalid byte is. */
export type Utf8Result =
  { ok: true; text: string } | { ok: false; line: number; column: number; byte: number };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(b);
    if (length === 0 || decodeSequence([...bytes.subarray(i, i + length)]) === null) return i;
    i += length;
  }
  return -1;
}

/** Decodes `bytes` as UTF-8, or reports the 1-based line and byte column of the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const at = Math.max(0, firstInvalid(bytes));
    const lineStart = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line += 1;
    return {
      ok: false,
      line,
      column: at - lineStart + 1,
      byte: bytes[at] ?? 0,
    };
  }
}
