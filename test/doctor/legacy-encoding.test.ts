import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding } from '../../src/text/index.js';
import { decodeNote } from '../../src/vault/index.js';

const note = '---\n➕첫 학습날: 2024-08-08\n---\n- 한글 노트\n';
const cp949 = readFileSync(new URL('./fixtures/cp949-note.md', import.meta.url));
const le = Buffer.from(note, 'utf16le');

describe('detectLegacyEncoding', () => {
  it('UTF-16 with and without a byte-order mark, both byte orders', () => {
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
    expect(detectLegacyEncoding(bom, false)).toEqual({ encoding: 'utf-16le', label: 'UTF-16LE', text: note });
    expect(detectLegacyEncoding(le, false)?.text).toBe(note);
    const be = Buffer.from(le).swap16();
    expect(detectLegacyEncoding(be, false)).toMatchObject({ encoding: 'utf-16be', text: note });
  });

  it('UTF-16 of plain ASCII, which is valid UTF-8 too', () => {
    const ascii = Buffer.from('---\ntitle: x\n---\n', 'utf16le');
    expect(detectLegacyEncoding(ascii, true)?.encoding).toBe('utf-16le');
  });

  it('CP949, its extension syllables included; never a file that is UTF-8 or not Korean', () => {
    expect(detectLegacyEncoding(cp949, false)).toMatchObject({ encoding: 'cp949', label: 'CP949/EUC-KR' });
    expect(detectLegacyEncoding(cp949, false)?.text).toContain('똠방각하, 뷁');
    expect(detectLegacyEncoding(Buffer.from(note), true)).toBeNull();
    expect(detectLegacyEncoding(Buffer.from('caf\xe9 cr\xe8me\n', 'latin1'), false)).toBeNull();
    // Two stray bytes of a broken UTF-8 file (an overlong /) happen to be one CP949 syllable.
    expect(detectLegacyEncoding(Buffer.from([0x61, 0x0a, 0xc0, 0xaf]), false)).toBeNull();
  });
});

describe('decodeNote (ingest) on such files', () => {
  it('says what the file is and points at doctor --fix-encoding', () => {
    for (const bytes of [cp949, le]) {
      const r = decodeNote(bytes);
      expect(r.text).toBeNull();
      expect(r.encodingError?.message).toMatch(
        /^saved as (CP949\/EUC-KR|UTF-16LE), not UTF-8: run `bokseup doctor --fix-encoding`/,
      );
    }
    expect(decodeNote(Buffer.from(note)).text).toBe(note);
  });
});
