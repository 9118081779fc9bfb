/**
 * Notes saved in an encoding other than UTF-8, as Korean notes often arrive: UTF-16 (Windows
 * Notepad's "Unicode", with or without a byte-order mark) and CP949/EUC-KR (Korean Windows, old
 * editors). UTF-16 is decoded by the platform's `TextDecoder` in fatal mode. CP949 by iconv-lite:
 * Node's `euc-kr` decoder knows only EUC-KR's 2,350 syllables (not 똠 or 뷁, which CP949 adds), and
 * a file is claimed only when encoding the text back gives its bytes again, so a conversion is exact.
 * iconv-lite is loaded only for a file that is not UTF-8.
 */
import { createRequire } from 'node:module';
import type * as Iconv from 'iconv-lite';

const load = createRequire(import.meta.url);

/** An encoding a note can be converted from. */
export type LegacyEncoding = 'utf-16le' | 'utf-16be' | 'cp949';

/** A note recognised as `encoding`, and its text (a UTF-16 byte-order mark is not part of it). */
export interface LegacyText {
  encoding: LegacyEncoding;
  /** For messages: `UTF-16LE`, `CP949/EUC-KR`. */
  label: string;
  text: string;
}

const LABELS: Readonly<Record<LegacyEncoding, string>> = {
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  cp949: 'CP949/EUC-KR',
};

/** Controls a note never holds (tab, CR, LF and the BOM aside). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function decode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Korean text: a few syllables at least, and they make up most of what is not ASCII (two stray
 * bytes of a broken file can happen to read as one CP949 syllable).
 */
function looksKorean(text: string): boolean {
  const high = [...text].filter((ch) => ch.charCodeAt(0) >= 0x80);
  const syllables = high.filter((ch) => ch >= '\uAC00' && ch <= '\uD7A3').length;
  return syllables >= 4 && syllables >= 0.8 * high.length;
}

/** The CP949 reading of `bytes` when it is exact (encodes back to the same bytes), else null. */
function decodeCp949(bytes: Uint8Array): string | null {
  const iconv = load('iconv-lite') as typeof Iconv;
  const text = iconv.decode(Buffer.from(bytes), 'cp949');
  return iconv.encode(text, 'cp949').equals(Buffer.from(bytes)) ? text : null;
}

/**
 * UTF-16 without a BOM: NUL bytes (never in UTF-8 text) mostly on one side — the high byte of
 * ASCII; a few on the other side come from syllables such as 글 (U+AE00).
 */
function utf16Order(bytes: Uint8Array): LegacyEncoding | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let [even, odd] = [0, 0];
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = bytes.length / 2;
  if (odd > pairs / 8 && odd >= 4 * even) return 'utf-16le';
  if (even > pairs / 8 && even >= 4 * odd) return 'utf-16be';
  return null;
}

const result = (encoding: LegacyEncoding, text: string): LegacyText => ({
  encoding,
  label: LABELS[encoding],
  text,
});

/**
 * The note's encoding and text when it is UTF-16, or (when `bytes` are not UTF-8) CP949 with
 * Hangul in it; null otherwise. UTF-16 is looked for first: ASCII in UTF-16 is also valid UTF-8.
 */
export function detectLegacyEncoding(bytes: Uint8Array, validUtf8: boolean): LegacyText | null {
  const order = utf16Order(bytes);
  if (order !== null) {
    const text = decode(bytes, order);
    if (text !== null && !CONTROL.test(text)) return result(order, text);
  }
  if (validUtf8) return null;
  const text = decodeCp949(bytes);
  return text !== null && looksKorean(text) && !CONTROL.test(text) ? result('cp949', text) : null;
}
