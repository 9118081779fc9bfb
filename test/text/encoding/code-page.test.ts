import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byteOfChar, charOfByte, droppedBytes } from '../../../src/text/index.js';
import { doubleEncode, SEED_CLEAN, SEED_ORIGINAL } from '../../doctor/double-encode.js';

describe('code page tables', () => {
  it('1254 agrees with the ICU decoder on every defined byte', () => {
    const icu = new TextDecoder('windows-1254');
    for (let b = 0x80; b <= 0xff; b++) {
      const ch = charOfByte('1254', b);
      if (ch !== null) expect(ch, `byte ${b.toString(16)}`).toBe(icu.decode(Uint8Array.of(b)));
    }
  });

  it('1252 has the known C1 row and Latin-1 above it', () => {
    expect(charOfByte('1252', 0x80)).toBe('€');
    expect(charOfByte('1252', 0x8e)).toBe('Ž');
    expect(charOfByte('1252', 0x9f)).toBe('Ÿ');
    expect(charOfByte('1252', 0xf0)).toBe('ð');
    expect(charOfByte('1254', 0xf0)).toBe('ğ');
  });

  it('maps characters back to their bytes, C1 controls included', () => {
    for (const page of ['1252', '1254'] as const) {
      for (let b = 0x80; b <= 0xff; b++) {
        const ch = charOfByte(page, b) ?? String.fromCharCode(b);
        expect(byteOfChar(page, ch)).toBe(b);
      }
    }
    expect(byteOfChar('1254', 'a')).toBe(0x61);
    expect(byteOfChar('1254', '한')).toBeNull();
    expect(byteOfChar('1252', 'ğ')).toBeNull();
  });

  it('knows the bytes each page drops', () => {
    expect(droppedBytes('1254')).toEqual([0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e, 0xad]);
    expect(droppedBytes('1252')).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xad]);
  });

  it('ground truth: the clean seed, double-encoded through 1254, is the original byte for byte', () => {
    const damaged = doubleEncode(readFileSync(SEED_CLEAN, 'utf8'), '1254');
    expect(Buffer.from(damaged, 'utf8').equals(readFileSync(SEED_ORIGINAL))).toBe(true);
  });
});
