import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDoubleEncoding } from '../../../src/text/index.js';
import { doubleEncode, SEED_CLEAN, SEED_ORIGINAL, SYNTHETIC_CORPUS } from '../../doctor/double-encode.js';

const clean = readFileSync(SEED_CLEAN, 'utf8');

const CLEAN_NOTES = [
  clean,
  readFileSync(SYNTHETIC_CORPUS, 'utf8'),
  '# Café notes\n\nA naïve façade in Zürich, déjà vu at the crème brûlée stand. Größe, señor, smørrebrød.\n',
  '---\nsubject: Français\n---\n- « Où est la gare ? » — “là-bas”, c’est à côté… 50 °C ± 2, © 2024 ®\n',
  '## 이모지 🧠💛🟩⬜ and café’s naïve’s résumé™ ½ ¼ ¾ µ ¶ § ¿qué? ¡sí!\n',
  'Türkçe: ığüşöç İĞÜŞÖÇ — Ärger, Öl, Übermut; Ελληνικά, русский, 日本語のテキスト。\n',
];

describe('detectDoubleEncoding', () => {
  it('finds the seed original, through Windows-1254, with line and evidence', () => {
    const r = detectDoubleEncoding(readFileSync(SEED_ORIGINAL, 'utf8'));
    expect(r).toMatchObject({ suspected: true, codePage: '1254', line: 2 });
    expect(r.evidence.startsWith('"ì²« í•™ìŠµ')).toBe(true);
    expect(r.evidence.endsWith(' reads as "첫 학습날: 2024-08-08"')).toBe(true);
    expect(r.score).toBeGreaterThan(1000);
  });

  it.each(CLEAN_NOTES.map((t, i) => [i, t] as const))('does not flag clean note #%i', (_i, text) => {
    expect(detectDoubleEncoding(text).suspected).toBe(false);
  });

  it('tells 1252 from 1254 by the letters only one of them has', () => {
    const text = '# 이모지 메모 🧠\n오늘은 네트워크 공부를 했다.\n';
    expect(detectDoubleEncoding(doubleEncode(text, '1252'))).toMatchObject({
      suspected: true,
      codePage: '1252',
    });
    expect(detectDoubleEncoding(doubleEncode(text, '1254'))).toMatchObject({
      suspected: true,
      codePage: '1254',
    });
  });

  it('reports the line of the first damaged character', () => {
    const text = 'plain line\nanother\n- 세 번째 줄에 한국어\n';
    expect(detectDoubleEncoding(doubleEncode(text, '1254'))).toMatchObject({ suspected: true, line: 3 });
  });

  it('does not flag one mojibake sample quoted in an English note', () => {
    expect(detectDoubleEncoding('Mojibake looks like Ã© instead of é.').suspected).toBe(false);
  });

  const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
  const latin = fc.constantFrom(...'abc XYZ 123\n-#:àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿÀÉÖÜß'.split(''));
  const emoji = fc.constantFrom('🧠', '💛', '❤', '➕', '🟩', '⬜');

  it('property: text of Hangul, emoji, ASCII and accented letters is never flagged', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hangul, latin, emoji), { maxLength: 200 }), (parts) => {
        expect(detectDoubleEncoding(parts.join('')).suspected).toBe(false);
      }),
    );
  });

  const DROPPED = new Set([0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e, 0xad]);
  const whole = hangul.filter((h) => !Buffer.from(h).some((b) => DROPPED.has(b)));

  it('property: such text with two Hangul syllables that keep all bytes is flagged once double-encoded', () => {
    const text = fc
      .tuple(fc.array(fc.oneof(latin, emoji, hangul)), whole, whole)
      .map(([p, a, b]) => p.join('') + a + b);
    fc.assert(
      fc.property(text, (t) => {
        expect(detectDoubleEncoding(doubleEncode(t, '1254')).suspected).toBe(true);
      }),
    );
  });
});
