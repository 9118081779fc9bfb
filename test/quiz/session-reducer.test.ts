import { describe, expect, it } from 'vitest';
import {
  REQUEUE_GAP,
  sessionReducer,
  type SessionAction,
  currentCard,
  noteOutcomes,
  progressOf,
  sessionResult,
  createSession,
  type SessionState,
} from '../../src/quiz/index.js';
import type { Grade } from '../../src/schedule/index.js';
import { at, note } from './fixtures.js';

function run(state: SessionState, ...actions: SessionAction[]): SessionState {
  return actions.reduce(sessionReducer, state);
}

function started(): SessionState {
  return run(createSession([note('a', 2), note('b', 3)], at(0)), { type: 'start', at: at(1) });
}

const ids = (s: SessionState) => s.queue.map((e) => e.cardId);
const rg = (g: Grade, s: number): SessionAction[] => [
  { type: 'reveal' },
  { type: 'grade', grade: g, at: at(s) },
];

describe('sessionReducer', () => {
  it('queues notes in order and their cards in order, starting on the start screen', () => {
    const s = createSession([note('a', 2), note('b', 1)], at(0));
    expect(s.phase).toBe('start');
    expect(ids(s)).toEqual(['a:c1', 'a:c2', 'b:c1']);
    expect(currentCard(s)).toBeNull();
    expect(currentCard(run(s, { type: 'start', at: at(1) }))?.cardId).toBe('a:c1');
  });

  it('grades only after reveal, and records the duration from the card being shown', () => {
    const s = started();
    expect(run(s, { type: 'grade', grade: 3, at: at(5) })).toBe(s);
    const after = run(s, ...rg(3, 6));
    expect(after.grades).toEqual([{ cardId: 'a:c1', noteId: 'a', grade: 3, at: at(6), durationMs: 5000 }]);
    expect(after.revealed).toBe(false);
    expect(currentCard(after)?.cardId).toBe('a:c2');
    expect(run(after, ...rg(4, 10)).grades[1]?.durationMs).toBe(4000);
  });

  it('requeues an Again card a few cards later and counts the Again in the note outcome', () => {
    const s = run(started(), ...rg(1, 2));
    expect(ids(s)).toEqual(['a:c2', 'b:c1', 'b:c2', 'a:c1', 'b:c3']);
    expect(ids(s).indexOf('a:c1')).toBe(REQUEUE_GAP);
    expect(progressOf(s)).toEqual({ done: 0, total: 5 });
    const end = run(s, ...rg(3, 3), ...rg(3, 4), ...rg(3, 5), ...rg(4, 6), ...rg(3, 7));
    expect(end.phase).toBe('done');
    expect(end.grades.filter((g) => g.cardId === 'a:c1').map((g) => g.grade)).toEqual([1, 4]);
    expect(noteOutcomes(end).get('a')).toEqual([
      { cardId: 'a:c1', grade: 4, anyAgain: true },
      { cardId: 'a:c2', grade: 3, anyAgain: false },
    ]);
  });

  it('requeues to the end when fewer cards remain than the gap', () => {
    const s = run(createSession([note('a', 2)], at(0)), { type: 'start', at: at(0) }, ...rg(1, 1));
    expect(ids(s)).toEqual(['a:c2', 'a:c1']);
    const last = run(s, ...rg(3, 2), ...rg(1, 3));
    expect(ids(last)).toEqual(['a:c1']);
    expect(last.phase).toBe('review');
  });

  it('undo restores the exact previous state, including a requeue', () => {
    const before = run(started(), { type: 'reveal' });
    const graded = run(before, { type: 'grade', grade: 1, at: at(4) });
    const undone = run(graded, { type: 'undo', at: at(9) });
    expect({ ...undone, shownAt: null }).toEqual({ ...before, shownAt: null });
    expect(undone.shownAt).toEqual(at(9));
    expect(ids(undone)).toEqual(['a:c1', 'a:c2', 'b:c1', 'b:c2', 'b:c3']);
    expect(undone.revealed).toBe(true);
    expect(run(undone, { type: 'undo', at: at(10) })).toBe(undone);
  });

  it('undo from the summary reopens the last card; not after a quit', () => {
    const done = run(started(), ...[2, 3, 4, 5, 6].flatMap((t) => rg(3, t)));
    const back = run(done, { type: 'undo', at: at(8) });
    expect(back).toMatchObject({ phase: 'review', endedAt: null, revealed: true, shownAt: at(8) });
    expect(currentCard(back)?.cardId).toBe('b:c3');
    expect(back.grades).toHaveLength(4);
    const quit = run(started(), ...rg(3, 2), { type: 'quit', at: at(3) });
    expect(run(quit, { type: 'undo', at: at(4) })).toBe(quit);
  });

  it('undo twice walks back two grades and a skip', () => {
    const s = run(started(), ...rg(3, 2), { type: 'skip', at: at(3) }, ...rg(2, 4));
    expect(s.grades.map((g) => g.cardId)).toEqual(['a:c1', 'b:c1']);
    const back = run(s, { type: 'undo', at: at(5) }, { type: 'undo', at: at(6) });
    expect(back.grades.map((g) => g.cardId)).toEqual(['a:c1']);
    expect(currentCard(back)?.cardId).toBe('a:c2');
    expect(back.queue[0]).toEqual({ cardId: 'a:c2', skips: 0 });
  });

  it('skip moves a card to the end once; a second skip drops it into skipped', () => {
    const s = run(started(), { type: 'skip', at: at(2) });
    expect(ids(s)).toEqual(['a:c2', 'b:c1', 'b:c2', 'b:c3', 'a:c1']);
    const again = run(s, ...rg(3, 3), ...rg(3, 4), ...rg(3, 5), ...rg(3, 6), { type: 'skip', at: at(7) });
    expect(again.phase).toBe('done');
    expect(again.skipped).toEqual(['a:c1']);
    expect(sessionResult(again, at(99))).toMatchObject({ quit: false, skipped: ['a:c1'], endedAt: at(7) });
  });

  it('quit midway keeps the grades made so far and reports skipped-once cards', () => {
    const s = run(started(), ...rg(3, 2), { type: 'skip', at: at(3) }, { type: 'quit', at: at(4) });
    expect(s.phase).toBe('done');
    const result = sessionResult(s, at(99));
    expect(result).toEqual({
      startedAt: at(0),
      endedAt: at(4),
      quit: true,
      grades: [{ cardId: 'a:c1', noteId: 'a', grade: 3, at: at(2), durationMs: 1000 }],
      skipped: ['a:c2'],
    });
    expect(run(s, { type: 'start', at: at(5) }, ...rg(3, 6))).toBe(s);
  });

  it('quits from the start screen with nothing graded', () => {
    const s = run(createSession([note('a', 1)], at(0)), { type: 'quit', at: at(3) });
    expect(sessionResult(s, at(9))).toMatchObject({ quit: true, grades: [], skipped: [], endedAt: at(3) });
  });

  it('finishes when the queue empties, and an empty queue finishes on start', () => {
    const s = run(started(), ...[2, 3, 4, 5, 6].flatMap((t) => rg(3, t)));
    expect(s.phase).toBe('done');
    expect(s.quit).toBe(false);
    expect(s.endedAt).toEqual(at(6));
    expect(progressOf(s)).toEqual({ done: 5, total: 5 });
    const empty = run(createSession([], at(0)), { type: 'start', at: at(1) });
    expect(empty).toMatchObject({ phase: 'done', endedAt: at(1), total: 0 });
  });
});
