/**
 * The review's queue and commit on a real store (issue 12 points 5 and 6, issue 14 point 1 by
 * example): whole notes within `--limit`, a partly reviewed note stays due, a note without cards
 * is reviewed as a whole, the summary never promises a day in the past, and the hints in the
 * situations the issue names.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCalendar } from '../../src/calendar/index.js';
import { listDue } from '../../src/due/index.js';
import { gradeHints, heldBack, overLimit, predictor } from '../../src/review/index.js';
import { clock, noteText, ReviewBench, seedHistory, TZ, type Step } from './review-bench.js';

let b: ReviewBench;
beforeEach(() => (b = new ReviewBench()));
afterEach(() => b.dispose());

const TODAY = '2026-11-29';
const now = clock(`${TODAY}T10:00`);
const good = (n: number): Step[] => Array.from({ length: n }, () => ({ grade: 3 as const }));

describe('--limit never splits a note (issue 12.5)', () => {
  beforeEach(() => {
    b.write('b small.md', noteText({ first: '2026-11-28', questions: 2 }));
    b.write('c small.md', noteText({ first: '2026-11-28', questions: 2 }));
  });

  it('queues a first note bigger than the limit whole, says so, and holds the rest back', () => {
    b.write('a big.md', noteText({ first: '2026-11-28', questions: 9 }));
    b.ingest(now);
    const plan = b.plan(now, { limit: 3 });
    expect(plan.planned.map((p) => [p.queue.title, p.queue.cards.length])).toEqual([['a big', 9]]);
    expect(overLimit(plan)).toEqual({ title: 'a big', cards: 9, limit: 3 });
    expect(heldBack(plan)).toEqual({ notes: 2, limit: 3 });
  });

  it('fills the limit with whole notes in due order and stops at the first that does not fit', () => {
    b.write('z big.md', noteText({ first: '2026-11-28', questions: 9 }));
    b.ingest(now);
    const plan = b.plan(now, { limit: 5 });
    expect(plan.planned.map((p) => [p.queue.title, p.queue.cards.length])).toEqual([
      ['b small', 2],
      ['c small', 2],
    ]);
    expect(overLimit(plan)).toBeUndefined();
    expect(heldBack(plan)).toEqual({ notes: 1, limit: 5 });
  });

  it('completes the milestone only when every due card was graded; a partial note stays due, its grades logged', async () => {
    b.write('a big.md', noteText({ first: '2026-11-28', questions: 9 }));
    b.ingest(now);
    const plan = b.plan(now, { limit: 3 });
    const { result } = b.session(plan, now.now, [...good(4), { quit: true }]);
    expect(result.quit).toBe(true);
    const summary = predictor(plan.planned, TZ)(
      plan.planned[0]?.queue.noteId ?? '',
      result.grades,
      result.endedAt,
    );
    expect(summary).toEqual({ rateAfter: 0, nextDue: TODAY, finished: false });
    await b.commit(plan, result, now);
    expect(b.read('a big.md')).toContain('❤1일복습여부: false');
    const reviews = b.store.db.prepare('SELECT grade, milestones FROM reviews').all();
    expect(reviews).toEqual(Array.from({ length: 4 }, () => ({ grade: 3, milestones: '[]' })));
    // Still due, today: the whole note again.
    expect(b.plan(clock(`${TODAY}T11:00`), { limit: 3 }).planned[0]?.queue.cards).toHaveLength(9);
    const rest = b.plan(clock(`${TODAY}T11:00`), { limit: 3 });
    const second = b.session(rest, clock(`${TODAY}T11:00`).now, good(9));
    await b.commit(rest, second.result, clock(`${TODAY}T11:10`));
    expect(b.read('a big.md')).toContain('❤1일복습여부: true');
  });
});

describe('notes without cards (issue 12.6)', () => {
  it('reviews a fresh note of prose as one whole-note card, and the milestones advance', async () => {
    b.write(
      'prose.md',
      `${noteText({ first: '2026-11-28', questions: 0 })}\n### 핵심 요약\n\n- 네임스페이스는 격리다.\n`,
    );
    b.ingest(now);
    const plan = b.plan(now);
    const card = plan.planned[0]?.queue.cards[0];
    expect(card).toMatchObject({ kind: 'note', prompt: 'prose', answer: '- 네임스페이스는 격리다.' });
    const { result } = b.session(plan, now.now, good(1));
    await b.commit(plan, result, now);
    expect(b.read('prose.md')).toContain('❤1일복습여부: true');
    expect(b.queuedAt(clock('2026-12-01T10:00')).size).toBe(0);
    expect(b.queuedAt(clock('2026-12-02T10:00')).has(card?.cardId ?? '')).toBe(true);
  });

  it('keeps the whole-note card and its history through an edit of the prose', () => {
    b.write('prose.md', noteText({ first: '2026-11-28', questions: 0 }));
    b.ingest(now);
    const before = b.plan(now).planned[0]?.queue.cards[0]?.cardId;
    b.write('prose.md', `${noteText({ first: '2026-11-28', questions: 0 })}더 쓴 문장.\n`);
    b.ingest(clock(`${TODAY}T10:05`));
    expect(b.plan(now).planned[0]?.queue.cards[0]).toMatchObject({ cardId: before, kind: 'note' });
  });
});

describe('the long-term phase queues the cards FSRS has due', () => {
  it('shows only the due cards; their keys say when each comes back, Again tomorrow', () => {
    const first = '2026-08-01';
    b.write('lt.md', noteText({ first, done: ['d1', 'd4', 'd7', 'd14'], questions: 2 }));
    b.ingest(now);
    // Card 0 reviewed well lately (due far ahead); card 1 never since its first study (due long ago).
    seedHistory(b, 'lt.md', first, [
      { card: 0, at: clock('2026-10-01T09:00').now, grade: 4 },
      { card: 0, at: clock('2026-11-20T09:00').now, grade: 4 },
    ]);
    const plan = b.plan(now);
    expect(plan.planned[0]?.queue.cards.map((c) => c.prompt)).toEqual(['질문 2?']);
    // `due` and the calendar say the number the review shows: 1 card, not 2.
    expect(listDue(b.store, now, 0)).toMatchObject([{ path: 'lt.md', stage: 'long-term', cards: 1 }]);
    const event = exportCalendar(b.store, now, '2026-12-29').ics;
    expect(event).toContain('카드 / cards: 1');
    const hints = gradeHints(plan.planned, TZ)(plan.planned[0]?.queue.cards[0]?.cardId ?? '', [], now.now);
    expect(hints[1]).toBe('1d');
    expect(hints[3]).not.toBe('1d');
  });
});

describe('grade-key hints by example (issue 14.1)', () => {
  beforeEach(() => {
    b.write('n.md', noteText({ first: '2026-11-28', questions: 2 }));
    b.ingest(now);
  });

  it('day 1: Again tomorrow, the others the day-4 review; after an Again every key says tomorrow', () => {
    const plan = b.plan(now);
    const hintsFor = gradeHints(plan.planned, TZ);
    const [c1, c2] = plan.planned[0]?.queue.cards ?? [];
    expect(hintsFor(c1?.cardId ?? '', [], now.now)).toEqual({ 1: '1d', 2: '3d', 3: '3d', 4: '3d' });
    const again = [
      { cardId: c1?.cardId ?? '', noteId: c1?.noteId ?? '', grade: 1 as const, at: now.now, durationMs: 1 },
    ];
    expect(hintsFor(c2?.cardId ?? '', again, now.now)).toEqual({ 1: '1d', 2: '1d', 3: '1d', 4: '1d' });
    // The requeued card itself, shown again: still tomorrow, whatever the key.
    expect(hintsFor(c1?.cardId ?? '', again, now.now)).toEqual({ 1: '1d', 2: '1d', 3: '1d', 4: '1d' });
  });

  it('the summary shows the next review as the commit writes it, never a day in the past', async () => {
    b.write('late.md', noteText({ first: '2026-11-01', questions: 2 }));
    b.ingest(now);
    const plan = b.plan(now);
    const late = plan.planned[0];
    expect(late?.queue).toMatchObject({ title: 'late', overdueDays: 27 });
    const { result } = b.session(plan, now.now, [{ grade: 3 }, { quit: true }]);
    const predict = predictor(plan.planned, TZ);
    // One of its two cards graded: not finished, still due since 11-02, so "next" says today.
    expect(predict(late?.queue.noteId ?? '', result.grades, result.endedAt)).toEqual({
      rateAfter: 0,
      nextDue: TODAY,
      finished: false,
    });
    await b.commit(plan, result, now);
    expect(b.queuedAt(now).size).toBe(4);
    // Both graded: the four overdue milestones collapse into one review; FSRS takes over after day 14.
    const again = b.plan(now);
    const done = b.session(again, now.now, good(2));
    const after = predict(late?.queue.noteId ?? '', done.result.grades, done.result.endedAt);
    expect(after.finished).toBe(true);
    expect(after.nextDue !== null && after.nextDue > TODAY).toBe(true);
  });
});
