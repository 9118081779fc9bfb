/**
 * `mark` and the pending note writes of migration 011 (issue 11, points 2 and 4): a note it cannot
 * write is refused with nothing logged; a review logged whose note write never happened (the run
 * was killed in between) is completed once by the next run, and marking again logs nothing more.
 */
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  commitSettled,
  completePendingWrites,
  markNote,
  settleSession,
  writeSettled,
} from '../../src/review/index.js';
import { clock, noteText, ReviewBench, type Step } from './review-bench.js';

let b: ReviewBench;
beforeEach(() => {
  b = new ReviewBench();
  b.write('n.md', noteText({ first: '2026-11-20', done: ['d1'], questions: 1 }));
  b.ingest(clock('2026-11-29T08:00'));
});
afterEach(() => {
  chmodSync(path.join(b.root, 'n.md'), 0o644);
  b.dispose();
});

const now = clock('2026-11-29T10:00');
const count = (table: string) => b.store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('mark and pending writes', () => {
  it('refuses a read-only note with one line and logs nothing', async () => {
    chmodSync(path.join(b.root, 'n.md'), 0o444);
    const before = b.read('n.md');
    await expect(markNote(b.store, b.root, 'n.md', 'd4', now)).rejects.toThrow(
      'n.md: the note is read-only (no write permission)\nnothing was marked',
    );
    expect(count('reviews')).toBe(0);
    expect(count('pending_writes')).toBe(0);
    expect(b.read('n.md')).toBe(before);
  });

  it('clears its pending write once the note is written', async () => {
    expect(await markNote(b.store, b.root, 'n.md', 'd4', now)).toEqual({ outcome: 'marked' });
    expect(b.read('n.md')).toMatch(/^🧡4일복습여부: true$/m);
    expect(count('reviews')).toBe(1);
    expect(count('pending_writes')).toBe(0);
  });

  it('completes a write a killed run owed, once, and a second mark logs nothing', async () => {
    const row = b.store.notes.byPath('n.md');
    const at = now.now;
    b.store.sessions.commitWithWrites(
      { startedAt: at, endedAt: at, quitEarly: false },
      [
        {
          cardId: null,
          noteId: row?.id ?? '',
          at,
          grade: 3,
          durationMs: null,
          stage: 'd4',
          milestones: ['d4'],
        },
      ],
      [],
      [{ noteId: row?.id ?? '', path: 'n.md', change: { done: ['d4'] } }],
    ); // ...and killed before the note write
    expect(b.read('n.md')).toMatch(/^🧡4일복습여부: false$/m);
    expect(await markNote(b.store, b.root, 'n.md', 'd4', now)).toMatchObject({ outcome: 'already-done' });
    expect(await completePendingWrites(b.store, b.root, now)).toEqual([]);
    expect(b.read('n.md')).toMatch(/^🧡4일복습여부: true$/m);
    expect(count('pending_writes')).toBe(0);
    b.ingest(now);
    expect(await markNote(b.store, b.root, 'n.md', 'd4', now)).toEqual({ outcome: 'already-done' });
    expect(count('reviews')).toBe(1);
  });

  it('a review session whose note cannot be written says so and keeps the write for the next run', async () => {
    const plan = b.plan(now);
    const steps: Step[] = Array.from({ length: 20 }, () => ({ grade: 3 as const }));
    const { result } = b.session(plan, now.now, steps);
    const settled = settleSession(plan.planned, result, now);
    chmodSync(path.join(b.root, 'n.md'), 0o444);
    const committed = commitSettled(b.store, result, settled);
    const problems = await writeSettled(b.store, b.root, settled, committed, now);
    expect(problems).toEqual([
      'n.md: the note is read-only (no write permission), left alone (its review is saved; the next run that can write the note does)',
    ]);
    expect(count('pending_writes')).toBe(1);
    chmodSync(path.join(b.root, 'n.md'), 0o644);
    expect(await completePendingWrites(b.store, b.root, now)).toEqual([]);
    expect(b.read('n.md')).toMatch(/^🧡4일복습여부: true$/m);
    expect(count('pending_writes')).toBe(0);
  });
});
