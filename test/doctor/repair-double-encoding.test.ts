import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairDoubleEncoding } from '../../src/doctor/index.js';
import { doubleEncode, SEED_CLEAN, SEED_ORIGINAL } from './double-encode.js';

const original = readFileSync(SEED_ORIGINAL, 'utf8');
const clean = readFileSync(SEED_CLEAN, 'utf8');

/** Places (line:column, expected→got) where `got` differs from `want`, by code point. */
function mismatches(want: string, got: string): string[] {
  const out: string[] = [];
  want.split('\n').forEach((line, i) => {
    const [w, g] = [[...line], [...(got.split('\n')[i] ?? '')]];
    for (let c = 0; c < Math.max(w.length, g.length); c++) {
      if (w[c] !== g[c]) out.push(`${i + 1}:${c + 1} ${w[c] ?? ''}→${g[c] ?? ''}`);
    }
  });
  return out;
}

describe('repairDoubleEncoding on the seed', () => {
  it('with the seed as corpus, equals the clean note', () => {
    const r = repairDoubleEncoding(original, [clean]);
    expect(r.codePage).toBe('1254');
    expect(r.text.split('\n').length).toBe(clean.split('\n').length);
    // "잘 돌아가" (lines 168, 172): 잘 and 의 differ only in the lost byte; the word lexicon knows 잘.
    expect(mismatches(clean, r.text)).toEqual([]);
  });

  it('places each guess at its line and column in the repaired text, with its alternatives', () => {
    const r = repairDoubleEncoding(original, [clean]);
    expect(r.guesses).toHaveLength(500);
    const lines = r.text.split('\n');
    for (const g of r.guesses) {
      expect([...(lines[g.line - 1] ?? '')][g.column - 1]).toBe(g.chosen);
      expect(g.alternatives).not.toContain(g.chosen);
      expect(g.confidence).toBeGreaterThan(0);
    }
    expect(r.guesses[0]).toMatchObject({ line: 2, column: 1, chosen: '➕' });
    expect(r.guesses[0]?.alternatives).toContain('❕');
  });

  it('without any corpus or template, still reads all but a few characters right (the model alone)', () => {
    const wrong = mismatches(clean, repairDoubleEncoding(original, []).text);
    // ➕ → ❕ twice (the template anchors fix those), and a few more.
    expect(wrong.length).toBeLessThanOrEqual(8);
    expect(wrong).toContain('2:1 ➕→❕');
  });
});

describe('repairDoubleEncoding with template anchors', () => {
  it('takes a frontmatter key the damaged line can spell as certain (confidence 1)', () => {
    const text = '---\n➕첫 학습날: 2024-08-08\n---\n';
    const r = repairDoubleEncoding(doubleEncode(text, '1254'), [], { anchors: ['➕첫 학습날:'] });
    expect(r.text).toBe(text);
    expect(r.anchored).toBe(1);
    expect(r.guesses[0]).toMatchObject({ line: 2, column: 1, chosen: '➕', confidence: 1 });
    expect(r.guesses[0]?.alternatives).toContain('❕');
  });

  it('leaves a line that cannot spell the anchor to the model', () => {
    const text = '---\n❕메모: x\n---\n';
    const r = repairDoubleEncoding(doubleEncode(text, '1254'), [], { anchors: ['➕첫 학습날:'] });
    expect(r.anchored).toBe(0);
  });
});

describe('repairDoubleEncoding', () => {
  it('leaves a clean note alone', () => {
    expect(repairDoubleEncoding(clean, [clean])).toEqual({
      text: clean,
      guesses: [],
      codePage: null,
      anchored: 0,
    });
  });

  it('repairs Korean without any letter telling 1254 from 1252, bytes 0x8E/0x9E included', () => {
    const text = '네임스페이스를 생성하고 임시로 이동한다.\n';
    const damaged = doubleEncode(text, '1254');
    expect(damaged).not.toMatch(/[ğĞıİşŞ]/);
    expect(repairDoubleEncoding(damaged, [clean]).text).toBe(text);
  });

  it('keeps a BOM and CRLF line ends', () => {
    const text = '\uFEFF---\r\n과목: 리눅스\r\n---\r\n';
    expect(repairDoubleEncoding(doubleEncode(text, '1252', true), []).text).toBe(text);
  });

  const char = fc.oneof(
    fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('a', ' ', '\n', '-', 'é', '“', '”', '…', '→', '🧠', '💛', '➕', '✍'),
  );

  it('property: without lost bytes the repair is exact and guesses nothing', () => {
    fc.assert(
      fc.property(fc.array(char, { minLength: 2, maxLength: 80 }), (chars) => {
        const text = chars.join('') + '한글';
        const r = repairDoubleEncoding(doubleEncode(text, '1252', true), [], { codePage: '1252' });
        expect(r.text).toBe(text);
        expect(r.guesses).toEqual([]);
      }),
    );
  });

  it('property: with lost bytes, the true character is always among the readings', () => {
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const r = repairDoubleEncoding(doubleEncode(text, '1254'), [], { codePage: '1254' });
        const got = [...r.text];
        expect(got).toHaveLength([...text].length);
        const lines = text.split('\n');
        for (const g of r.guesses) {
          const truth = [...(lines[g.line - 1] ?? '')][g.column - 1];
          expect([g.chosen, ...g.alternatives]).toContain(truth);
        }
      }),
    );
  });
});

describe('repairDoubleEncoding with emoji sequences', () => {
  it('restores the VS16 of ❤️ and the ZWJ of 👨‍💻 even with an empty corpus', () => {
    const text = '좋아요 ❤️ 👨‍💻\n';
    const r = repairDoubleEncoding(doubleEncode(text, '1254'), []);
    expect(r.text).toBe(text);
    expect(r.guesses.map((g) => `${g.line}:${g.column}`)).toEqual(['1:5', '1:6', '1:9']);
  });
});
