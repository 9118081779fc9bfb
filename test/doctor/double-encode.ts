/** Test helper: damages text the way the seed note was damaged (UTF-8 bytes shown through a code page, undefined bytes and 0xAD dropped). */
import { charOfByte, type CodePage } from '../../src/text/index.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
/** Copies of `../shared/seed/000_534451c106ed58f9.txt` (as received) and the repaired note. */
export const SEED_ORIGINAL = new URL('seed-double-encoded.txt', FIXTURES);
export const SEED_CLEAN = new URL('seed-clean.md', FIXTURES);
/** Korean study notes written for these tests, sharing no note with the seed. */
export const SYNTHETIC_CORPUS = new URL('corpus-ko.md', FIXTURES);

/**
 * `text` double-encoded through `page`, the page's undefined bytes and the soft hyphen dropped; with
 * `lossless`, kept instead (as C1 controls, the WHATWG way, and U+00AD).
 */
export function doubleEncode(text: string, page: CodePage, lossless = false): string {
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) {
    const ch = b < 0x80 ? String.fromCharCode(b) : charOfByte(page, b);
    if (lossless) out += ch ?? String.fromCharCode(b);
    else if (b !== 0xad) out += ch ?? '';
  }
  return out;
}
