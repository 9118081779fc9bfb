/**
 * Issue 14 point 1, as a property: for random vaults and random sessions (Again, undo, skip, quit;
 * notes in their milestones, in extra review and in the long-term phase, whole-note cards), the
 * interval a grade key shows is what pressing it does. Each press whose effect the rest of the
 * session cannot change (the card's last grade, no later Again on its note, the note's review
 * complete or already an extra review) is checked against what was committed: the card is not in
 * the queue the day before the day the key promised, and it is in the queue that day.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { intervalLabel, type Grade } from '../../src/schedule/index.js';
import { addDays, daysBetween, localDateOf } from '../../src/time/index.js';
import type { SessionResult } from '../../src/quiz/index.js';
import {
  clock,
  decisivePresses,
  noteText,
  ReviewBench,
  seedHistory,
  TZ,
  type PastReview,
  type Press,
  type Step,
} from './review-bench.js';

const TODAY = '2026-11-29';
const MILESTONES = ['d1', 'd4', 'd7', 'd14'] as const;

const grade = fc.constantFrom<Grade>(1, 2, 3, 4);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 14, arbitrary: grade.map((g) => ({ grade: g })) },
  { weight: 3, arbitrary: fc.constant({ undo: true as const }) },
  { weight: 2, arbitrary: fc.constant({ skip: true as const }) },
  { weight: 1, arbitrary: fc.constant({ quit: true as const }) },
);

const note = fc.record({
  phase: fc.constantFrom('milestone', 'long-term'),
  ago: fc.integer({ min: 1, max: 120 }),
  done: fc.integer({ min: 0, max: 3 }),
  extra: fc.boolean(),
  questions: fc.integer({ min: 0, max: 3 }),
  past: fc.array(fc.record({ card: fc.nat(), daysAgo: fc.integer({ min: 1, max: 12 }), grade }), {
    maxLength: 5,
  }),
});

const scenario = fc.record({
  notes: fc.array(note, { minLength: 1, maxLength: 3 }),
  hour: fc.integer({ min: 7, max: 22 }),
  steps: fc.array(step, { maxLength: 30 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

let bench: ReviewBench | undefined;
afterEach(() => bench?.dispose());

const seen = {
  decisive: 0,
  requeued: 0,
  afterUndo: 0,
  longTerm: 0,
  milestone: 0,
  extra: 0,
  again: 0,
  last: 0,
};

function build(s: Scenario): ReviewBench {
  const b = new ReviewBench();
  const pasts: [string, string, PastReview[]][] = [];
  s.notes.forEach((n, i) => {
    const longTerm = n.phase === 'long-term';
    const first = addDays(TODAY, -(longTerm ? n.ago + 14 : Math.min(n.ago, 20)));
    const done = longTerm ? [...MILESTONES] : MILESTONES.slice(0, n.done);
    const rel = `note ${i}.md`;
    b.write(rel, noteText({ first, done, extra: n.extra, questions: n.questions }));
    const past = n.past
      .filter((r) => addDays(TODAY, -r.daysAgo) > first)
      .sort((a, c) => c.daysAgo - a.daysAgo)
      .map((r) => ({ card: r.card, grade: r.grade, at: clock(`${addDays(TODAY, -r.daysAgo)}T09:00`).now }));
    pasts.push([rel, first, past]);
  });
  b.ingest(clock(`${TODAY}T06:00`));
  for (const [rel, first, past] of pasts) seedHistory(b, rel, first, past);
  return b;
}

async function check(s: Scenario): Promise<void> {
  bench?.dispose();
  const b = (bench = build(s));
  const start = clock(`${TODAY}T${String(s.hour).padStart(2, '0')}:00`);
  const plan = b.plan(start, { limit: 0 });
  const stages = new Map(plan.planned.map((p) => [p.queue.noteId, p.queue.stage]));
  const queued = new Map(plan.planned.map((p) => [p.queue.noteId, p.queue.cards.map((c) => c.cardId)]));
  const { result, presses } = b.session(plan, start.now, s.steps);
  for (const p of presses) {
    const day = localDateOf(p.at, TZ);
    expect(p.promised).not.toBeNull();
    expect(p.hints[p.grade]).toBe(intervalLabel(daysBetween(day, p.promised ?? day)));
  }
  await b.commit(plan, result, { now: result.endedAt, tz: TZ });
  for (const p of decisivePresses(presses, result, (id) => queued.get(id) ?? [])) {
    const promised = p.promised ?? '';
    const stage = stages.get(p.noteId);
    expect(b.queuedAt(clock(`${addDays(promised, -1)}T12:00`)).has(p.cardId)).toBe(false);
    expect(b.queuedAt(clock(`${promised}T12:00`)).has(p.cardId)).toBe(true);
    count(p, stage, result);
  }
}

/** Which of the situations the issue names a checked press was in. */
function count(p: Press, stage: string | undefined, result: SessionResult): void {
  seen.decisive++;
  if (p.requeued) seen.requeued++;
  if (p.afterUndo) seen.afterUndo++;
  if (p.grade === 1) seen.again++;
  if (stage === 'long-term') seen.longTerm++;
  else if (stage === 'extra') seen.extra++;
  else seen.milestone++;
  const last = result.grades.filter((g) => g.noteId === p.noteId).at(-1);
  if (last?.at.getTime() === p.at.getTime()) seen.last++;
}

describe('grade-key hints (issue 14.1)', () => {
  it('pressing a key brings the card back on the day its hint said, at every point of a session', async () => {
    await fc.assert(fc.asyncProperty(scenario, check), { numRuns: 150, seed: 1414 });
    // The random sessions reached every situation the issue names.
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(0);
  }, 120_000);
});
