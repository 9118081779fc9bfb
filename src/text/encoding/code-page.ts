/**
 * The two single-byte Windows code pages a UTF-8 note is usually mis-read as. Node can decode
 * `windows-1254` (through ICU) but has no encoder for either page, and repairing a double-encoded
 * note needs the reverse direction (character → byte), so the tables are written out here.
 */

/** A Windows code page a note may have been double-encoded through. */
export type CodePage = '1254' | '1252';

/** Marks a byte the code page has no character for. */
const NONE = '\u0000';

/** Bytes 0x80–0x9F of windows-1252; `NONE` where the page is undefined. */
const C1_1252 =
  '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000' + // 0x80–0x8F
  '\u0000‘’“”•–—˜™š›œ\u0000žŸ'; // 0x90–0x9F

/** Bytes 0x80–0xFF of windows-1254 (Turkish), 128 entries, 16 a line. */
const TABLE_1254 =
  '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000\u0000\u0000' + // 0x80
  '\u0000‘’“”•–—˜™š›œ\u0000\u0000Ÿ' + // 0x90
  '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯' + // 0xA0 (0xAD is the soft hyphen)
  '°±²³´µ¶·¸¹º»¼½¾¿' + // 0xB0
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ' + // 0xC0
  'ĞÑÒÓÔÕÖ×ØÙÚÛÜİŞß' + // 0xD0
  'àáâãäåæçèéêëìíîï' + // 0xE0
  'ğñòóôõö÷øùúûüışÿ'; // 0xF0

/** Bytes 0x80–0xFF of windows-1252: the C1 row above, then Latin-1 unchanged. */
const TABLE_1252 = C1_1252 + Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');

const TABLES: Readonly<Record<CodePage, string>> = { '1254': TABLE_1254, '1252': TABLE_1252 };

/** The character a code page shows for a byte ≥ 0x80, or null where the page has none. */
export function charOfByte(page: CodePage, byte: number): string | null {
  const ch = TABLES[page][byte - 0x80];
  return ch === undefined || ch === NONE ? null : ch;
}

function buildInverse(page: CodePage): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = charOfByte(page, b);
    // Decoders that keep undefined bytes (WHATWG, Python's `surrogateescape` aside) show them as C1 controls.
    map.set(ch ?? String.fromCharCode(b), b);
  }
  return map;
}

const INVERSE: Readonly<Record<CodePage, ReadonlyMap<string, number>>> = {
  '1254': buildInverse('1254'),
  '1252': buildInverse('1252'),
};

/**
 * The byte a character stands for when a note was decoded through `page`: ASCII maps to itself,
 * the page's characters (and C1 controls for its undefined bytes) to their byte; null otherwise.
 */
export function byteOfChar(page: CodePage, ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return code;
  return INVERSE[page].get(ch) ?? null;
}

/**
 * Bytes that vanish when UTF-8 is decoded through `page` and saved again: the page's undefined
 * bytes, plus the soft hyphen 0xAD, which editors drop as invisible.
 */
export function droppedBytes(page: CodePage): number[] {
  const out: number[] = [];
  for (let b = 0x80; b <= 0xbf; b++) if (charOfByte(page, b) === null || b === 0xad) out.push(b);
  return out;
}
