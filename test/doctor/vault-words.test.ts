import { describe, expect, it } from 'vitest';
import { vaultWords } from '../../src/doctor/index.js';

describe("the vault's words", () => {
  const words = vaultWords(['서버를 띄우고 `nginx`를 띄운다.', '컨테이너를 띄우는 데 쓴다.']);

  it('counts the starts of each run of syllables, once per occurrence', () => {
    expect(words.startingWith('띄')).toBe(3);
    expect(words.startingWith('띄우')).toBe(2);
    expect(words.startingWith('띄우고')).toBe(1);
    expect(words.startingWith('를')).toBe(1);
    expect(words.startingWith('우고')).toBe(0);
  });

  it('counts whole words apart from starts', () => {
    expect(words.exactly('데')).toBe(1);
    expect(words.exactly('띄')).toBe(0);
    expect(words.exactly('서버를')).toBe(1);
  });

  it('is empty for no notes', () => {
    expect(vaultWords([]).startingWith('서버')).toBe(0);
  });
});
