import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldLine, escapeText } from '../../src/calendar/index.js';
import { unescapeText, unfold } from './ics-helpers.js';

const octets = (s: string): number => Buffer.byteLength(s, 'utf8');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
  });

  it('never splits a Hangul syllable: 25 syllables of 3 octets, then a continuation', () => {
    const folded = foldLine('가'.repeat(26));
    const [first, second] = folded.split('\r\n');
    expect(first).toBe('가'.repeat(25));
    expect(octets(first ?? '')).toBe(75);
    expect(second).toBe(' 가');
  });

  it('moves a 4-octet emoji whole to the next line when only 3 octets remain', () => {
    const folded = foldLine(`${'A'.repeat(72)}🐧B`);
    expect(folded).toBe(`${'A'.repeat(72)}\r\n 🐧B`);
  });

  it('round-trips any text and keeps every physical line ≤ 75 octets of valid UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const line = `SUMMARY:${raw.replace(/[\r\n]/g, '')}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) {
          expect(octets(physical)).toBeLessThanOrEqual(75);
          expect(strictUtf8.decode(Buffer.from(physical, 'utf8'))).toBe(physical);
        }
        expect(unfold(folded + '\r\n')).toEqual([line]);
      }),
    );
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('turns CRLF and CR into \\n and drops other control characters but keeps tab', () => {
    expect(escapeText('x\r\ny\rz\u0007\tw')).toBe('x\\ny\\nz\tw');
  });

  it('leaves Korean, emoji and colons as they are', () => {
    expect(escapeText('복습: 🐧 ip netns')).toBe('복습: 🐧 ip netns');
  });

  it('is undone by unescaping for any text without control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        // eslint-disable-next-line no-control-regex
        const clean = raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        expect(unescapeText(escapeText(clean))).toBe(clean);
      }),
    );
  });
});
