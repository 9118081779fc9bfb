import { describe, expect, it } from 'vitest';
import { vaultWords } from '../../src/doctor/index.js';

describe("the vault's words", () => {
  const words = vaultWords(['서버를 띄우고 `nginx`를 띄운다.', '컨테이너를 띄우는 데 쓴다.']);

  it('counts the starts of each run of syllables, once per occurrence', () => {
    expect(words.startingWith('띄', false)).toBe(3);
    expect(words.startingWith('띄우', false)).toBe(2);
    expect(words.startingWith('띄우고', false)).toBe(1);
    expect(words.startingWith('우고', false)).toBe(0);
  });

  it('counts whole words apart from starts', () => {
    expect(words.exactly('데', false)).toBe(1);
    expect(words.exactly('띄', false)).toBe(0);
    expect(words.exactly('서버를', false)).toBe(1);
  });

  it('counts a run after code or Latin apart: a particle there is no word (`nginx`를)', () => {
    expect(words.exactly('를', false)).toBe(0);
    expect(words.exactly('를', true)).toBe(1);
    expect(words.startingWith('를', false)).toBe(0);
    expect(words.startingWith('를', true)).toBe(1);
  });

  it('is empty for no notes', () => {
    expect(vaultWords([]).startingWith('서버', false)).toBe(0);
  });
});
