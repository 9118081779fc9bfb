import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth, truncateToWidth } from '../../src/text/index.js';

describe('displayWidth', () => {
  it('counts Hangul and emoji as two columns, shades and ASCII as one, ANSI as zero', () => {
    expect(displayWidth('네임스페이스')).toBe(12);
    expect(displayWidth('🟩⬜')).toBe(4);
    expect(displayWidth('·░▒▓█')).toBe(5);
    expect(displayWidth('\u001b[38;5;22m█\u001b[0m')).toBe(1);
    expect(displayWidth('👨‍👩‍👧')).toBe(2);
  });
});

describe('truncateToWidth', () => {
  it('cuts on grapheme boundaries and ends in an ellipsis within the width', () => {
    expect(truncateToWidth('네트워크 네임스페이스', 9)).toBe('네트워크…');
    expect(truncateToWidth('ab👨‍👩‍👧cd', 4)).toBe('ab…');
    expect(truncateToWidth('short', 10)).toBe('short');
  });

  it('never exceeds the width, even when a wide character would straddle it', () => {
    for (let w = 1; w <= 12; w++)
      expect(displayWidth(truncateToWidth('가나다라마바사', w))).toBeLessThanOrEqual(w);
  });
});

describe('padToWidth', () => {
  it('pads by display width on either side', () => {
    expect(padToWidth('가나', 6)).toBe('가나  ');
    expect(padToWidth('7', 3, 'right')).toBe('  7');
    expect(padToWidth('too long', 3)).toBe('too long');
  });
});
