/** `mark`'s warning and `mark --undo` on a real store and vault (issue 14 point 5). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markNote, skippedMilestones, undoMark } from '../../src/review/index.js';
import { clock, noteText, ReviewBench } from './review-bench.js';

let b: ReviewBench;
beforeEach(() => {
  b = new ReviewBench();
  b.write('n.md', noteText({ first: '2026-11-20', done: ['d1'], questions: 1 }));
  b.ingest(clock('2026-11-29T08:00'));
});
afterEach(() => b.dispose());

const now = clock('2026-11-29T10:00');
const count = (table: string) => b.store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('skippedMilestones', () => {
  it('lists the open milestones before the stage, all of them before long-term', () => {
    const fields = { firstStudy: '2026-11-20', subject: null, longTerm: false, status: null };
    const done = { d1: true, d4: false, d7: false, d14: false };
    expect(skippedMilestones({ ...fields, done }, 'd14')).toEqual(['d4', 'd7']);
    expect(skippedMilestones({ ...fields, done }, 'd4')).toEqual([]);
    expect(skippedMilestones({ ...fields, done }, 'long-term')).toEqual(['d4', 'd7', 'd14']);
  });
});

describe('undoMark', () => {
  it('clears the flag, removes the mark and its empty session, and the note is due as before', async () => {
    const before = b.read('n.md');
    expect(await markNote(b.store, b.root, 'n.md', 'd4', now)).toEqual({ outcome: 'marked' });
    b.ingest(now);
    expect(b.read('n.md')).toContain('🧡4일복습여부: true');
    expect([count('reviews'), count('sessions')]).toEqual([1, 1]);
    expect(await undoMark(b.store, b.root, 'n.md', now)).toEqual({ stage: 'd4', at: now.now });
    expect(b.read('n.md')).toContain('🧡4일복습여부: false');
    expect(b.read('n.md')).toContain('학습률: "0.2"'); // d1 alone again
    expect(b.read('n.md').split('---\n')[2]).toBe(before.split('---\n')[2]);
    expect([count('reviews'), count('sessions')]).toEqual([0, 0]);
    b.ingest(clock('2026-11-29T10:01'));
    expect(b.plan(now).planned[0]?.queue.stage).toBe('d4');
  });

  it('refuses when a review came after the mark, or when there is no mark, and changes nothing', async () => {
    await expect(undoMark(b.store, b.root, 'n.md', now)).rejects.toThrow('has no mark to undo');
    await markNote(b.store, b.root, 'n.md', 'd4', now);
    b.ingest(now);
    const plan = b.plan(clock('2026-11-29T11:00'));
    const { result } = b.session(plan, clock('2026-11-29T11:00').now, [{ grade: 3 }]);
    await b.commit(plan, result, clock('2026-11-29T11:01'));
    const text = b.read('n.md');
    await expect(undoMark(b.store, b.root, 'n.md', now)).rejects.toThrow('was reviewed after its last mark');
    expect(b.read('n.md')).toBe(text);
    expect(count('reviews')).toBe(2);
  });

  it('keeps the mark when the note no longer parses', async () => {
    await markNote(b.store, b.root, 'n.md', 'd4', now);
    b.write('n.md', '---\n➕첫 학습날: [broken\n---\n');
    await expect(undoMark(b.store, b.root, 'n.md', now)).rejects.toThrow('the mark is kept');
    expect(count('reviews')).toBe(1);
  });
});
