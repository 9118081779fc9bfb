/** The plain-text width fast path agrees with string-width (via display-width.ts) wherever it answers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullFit, displayWidth, plainFit, plainWidth } from '../../src/text/index.js';

const plainChar = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0xac00, max: 0xd7a3 }),
  fc.integer({ min: 0x3131, max: 0x318e }).filter((c) => c !== 0x3164),
  fc.integer({ min: 0x4e00, max: 0x9fff }),
);
const plainText = fc.array(plainChar, { maxLength: 30 }).map((cs) => String.fromCharCode(...cs));
/** Any text at all: wherever plainWidth answers, string-width must agree. */
const anyText = fc
  .array(fc.integer({ min: 0x20, max: 0x3ffff }), { maxLength: 12 })
  .map((cs) => String.fromCodePoint(...cs.filter((c) => c < 0xd800 || c > 0xdfff)));

describe('plainWidth', () => {
  it('equals string-width on plain text (ASCII, Hangul, CJK)', () => {
    fc.assert(
      fc.property(plainText, (t) => plainWidth(t) === displayWidth(t)),
      { numRuns: 500 },
    );
  });

  it('agrees with string-width on any text it measures (letters of any wide script, any plane)', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const w = plainWidth(t);
        if (w !== null) expect(w).toBe(displayWidth(t));
      }),
      { numRuns: 3000 },
    );
    for (const t of ['ひらがな', 'ＡＢＣ', '𠀀字', '가\u1100\u1100'])
      expect(plainWidth(t) ?? displayWidth(t)).toBe(displayWidth(t));
  });

  it('declines anything else: emoji, combining jamo, control characters, ambiguous shades', () => {
    for (const t of ['🟩', '가\u11a8', 'a\tb', '·', '네트워크 🧠', 'é', '\u3164', '\u1100\u1100'])
      expect(plainWidth(t)).toBeNull();
    expect(plainWidth('Linux 네트워크 네임스페이스')).toBe(27);
  });
});

describe('plainFit', () => {
  it('pads and truncates exactly as the string-width measurer does', () => {
    fc.assert(
      fc.property(plainText, fc.integer({ min: 0, max: 40 }), (t, w) => {
        expect(plainFit.truncate(t, w)).toBe(fullFit.truncate(t, w));
        expect(plainFit.pad(t, w)).toBe(fullFit.pad(t, w));
      }),
      { numRuns: 500 },
    );
  });
});
