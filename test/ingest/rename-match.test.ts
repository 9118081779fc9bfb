import { describe, expect, it } from 'vitest';
import { cardOverlap, matchRenames, type RenameCandidate } from '../../src/ingest/index.js';

const cand = (id: string, over: Partial<RenameCandidate> = {}): RenameCandidate => ({
  id,
  path: `${id}.md`,
  hash: `h-${id}`,
  removed: false,
  keys: [],
  ...over,
});

describe('cardOverlap', () => {
  it('measures shared keys against the larger note', () => {
    expect(cardOverlap(['a', 'b'], new Set(['a', 'b', 'c', 'd']))).toBe(0.5);
    expect(cardOverlap(['a', 'a', 'b'], new Set(['a', 'b']))).toBe(1);
    expect(cardOverlap([], new Set(['a']))).toBe(0);
  });
});

describe('matchRenames', () => {
  it('prefers an identical hash over card overlap and claims each note once', () => {
    const candidates = [cand('x', { keys: ['k1', 'k2'] }), cand('y', { hash: 'same' })];
    const files = [
      { path: 'new1.md', hash: 'same', keys: ['k1', 'k2'] },
      { path: 'new2.md', hash: 'same', keys: ['k1', 'k2'] },
    ];
    expect(matchRenames(files, candidates)).toEqual(
      new Map([
        ['new1.md', 'y'],
        ['new2.md', 'x'],
      ]),
    );
  });

  it('revives a removed note at the same path before a removed one with the same hash', () => {
    const candidates = [
      cand('r1', { removed: true, hash: 'h' }),
      cand('r2', { removed: true, path: 'p.md' }),
    ];
    expect(matchRenames([{ path: 'p.md', hash: 'h', keys: [] }], candidates)).toEqual(
      new Map([['p.md', 'r2']]),
    );
  });

  it('takes the best overlap at or above one half, vanished notes before removed ones', () => {
    const candidates = [
      cand('low', { keys: ['a', 'x', 'y', 'z', 'w'] }),
      cand('high', { keys: ['a', 'b', 'c'] }),
      cand('gone', { removed: true, keys: ['a', 'b', 'c', 'd'] }),
    ];
    expect(matchRenames([{ path: 'n.md', hash: 'n', keys: ['a', 'b', 'c', 'd'] }], candidates)).toEqual(
      new Map([['n.md', 'high']]),
    );
    expect(matchRenames([{ path: 'n.md', hash: 'n', keys: ['a', 'q', 'r', 's'] }], candidates)).toEqual(
      new Map(),
    );
  });

  it('never matches a file without cards by overlap', () => {
    expect(matchRenames([{ path: 'n.md', hash: 'n', keys: [] }], [cand('x', { keys: [] })])).toEqual(
      new Map(),
    );
  });
});
