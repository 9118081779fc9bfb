import { describe, expect, it } from 'vitest';
import { cardKey, normalisePrompt } from '../../src/note/index.js';

describe('normalisePrompt', () => {
  it('drops emphasis marks, extra whitespace, trailing punctuation and case', () => {
    expect(normalisePrompt('  **What** is  a\n`veth`  pair?  ')).toBe('what is a veth pair');
  });

  it('composes Hangul to NFC', () => {
    const decomposed = '네임스페이스'.normalize('NFD');
    expect(decomposed).not.toBe('네임스페이스');
    expect(normalisePrompt(decomposed)).toBe('네임스페이스');
  });
});

describe('cardKey', () => {
  const q = '리눅스의 네트워크 네임스페이스란?';

  it('is 16 hex digits and stable across runs', () => {
    expect(cardKey('question', q)).toMatch(/^[0-9a-f]{16}$/);
    expect(cardKey('question', q)).toBe('69b87b6a81ba7592');
  });

  it('survives whitespace, punctuation, emphasis and Unicode-form edits', () => {
    const key = cardKey('question', q);
    expect(cardKey('question', '리눅스의  **네트워크** 네임스페이스란')).toBe(key);
    expect(cardKey('question', q.normalize('NFD'))).toBe(key);
  });

  it('changes with the wording, the kind and the occurrence', () => {
    const key = cardKey('question', q);
    expect(cardKey('question', '리눅스의 마운트 네임스페이스란?')).not.toBe(key);
    expect(cardKey('cloze', q)).not.toBe(key);
    expect(cardKey('question', q, 2)).not.toBe(key);
    expect(cardKey('question', q, 1)).toBe(key);
  });
});
