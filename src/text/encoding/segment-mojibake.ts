/**
 * Reads a possibly double-encoded text back into UTF-8 characters: each character is mapped to the
 * byte it stands for in the code page, and the bytes are regrouped into UTF-8 sequences. A sequence
 * that lost bytes (the code page had no character for them) becomes a `damaged` piece.
 */
import { byteOfChar } from './code-page.js';
import type { CodePage } from './code-page.js';
import { decodeSequence, isContinuation, sequenceLength } from './utf8-sequence.js';

/** One piece of the re-read text; `offset` is the UTF-16 index of its first character in the source. */
export type Piece =
  /** Text kept as it is: ASCII, and characters the code page cannot produce. */
  | { kind: 'text'; text: string }
  /** A complete multi-byte sequence: `source` (the mojibake) decodes to `text`. */
  | { kind: 'decoded'; text: string; source: string; offset: number }
  /** A sequence with `missing` continuation bytes lost; `bytes` are those that survived. */
  | { kind: 'damaged'; bytes: number[]; missing: number; source: string; offset: number }
  /** A high character that fits no sequence (a stray continuation, an invalid lead): kept as is. */
  | { kind: 'stray'; text: string; offset: number };

interface Pending {
  bytes: number[];
  length: number;
  source: string;
  offset: number;
}

function finish(p: Pending): Piece {
  if (p.bytes.length < p.length) {
    const missing = p.length - p.bytes.length;
    return { kind: 'damaged', bytes: p.bytes, missing, source: p.source, offset: p.offset };
  }
  const text = decodeSequence(p.bytes);
  return text === null
    ? { kind: 'stray', text: p.source, offset: p.offset }
    : { kind: 'decoded', text, source: p.source, offset: p.offset };
}

function pushText(out: Piece[], ch: string): void {
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text += ch;
  else out.push({ kind: 'text', text: ch });
}

/** Splits `text` into pieces as read through `page`. Concatenating the pieces' sources gives `text`. */
export function segmentMojibake(text: string, page: CodePage): Piece[] {
  const out: Piece[] = [];
  let pending: Pending | null = null;
  let offset = 0;
  const flush = (): void => {
    if (pending !== null) out.push(finish(pending));
    pending = null;
  };
  for (const ch of text) {
    const b = byteOfChar(page, ch);
    if (b !== null && isContinuation(b) && pending !== null) {
      const p: Pending = pending;
      p.bytes.push(b);
      p.source += ch;
      if (p.bytes.length === p.length) flush();
    } else {
      flush();
      const length = b === null ? 0 : sequenceLength(b);
      if (b !== null && length > 0) pending = { bytes: [b], length, source: ch, offset };
      else if (b !== null && b >= 0x80) out.push({ kind: 'stray', text: ch, offset });
      else pushText(out, ch);
    }
    offset += ch.length;
  }
  flush();
  return out;
}
