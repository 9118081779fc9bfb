/**
 * Issue 14 point 6: a scripted 40-day month of review sessions through the real reducer, settle,
 * commit, note writes and ingest — notes added along the way, days skipped, sessions that run past
 * midnight, quits midway, a card limit, undo — checked day by day against an independent model of
 * the schedule rules (month-oracle.ts): every due list, queue, grade-key promise, written flag,
 * status, learning rate and progress bar, and every card's FSRS memory.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Card } from 'ts-fsrs';
import type { GradeRecord, SessionResult } from '../../src/quiz/index.js';
import type { ReviewPlan } from '../../src/review/index.js';
import type { Clock } from '../../src/time/index.js';
import { clock, decisivePresses, noteText, ReviewBench, type Press, type Step } from './review-bench.js';
import {
  expectedQueue,
  modelCardNext,
  modelRate,
  modelSchedule,
  modelSettle,
  newModelNote,
  plusDays,
  random,
  seoulDay,
  type ModelNote,
} from './month-oracle.js';

const START = '2026-11-01';
/** Notes by the sim day they are first studied on (day −47: long before, all milestones done). */
const NEW_NOTES: [day: number, path: string, questions: number][] = [
  [-47, 'a long.md', 3],
  [-30, 'a2 long.md', 5],
  [0, 'b.md', 3],
  [0, 'c one.md', 1],
  [1, 'c2.md', 4],
  [2, 'd five.md', 5],
  [3, 'd2.md', 3],
  [5, 'e prose.md', 0],
  [7, 'e2.md', 6],
  [9, 'f.md', 4],
  [12, 'f2.md', 5],
  [15, 'g.md', 2],
  [20, 'h six.md', 6],
  [24, 'i.md', 5],
];

const b = new ReviewBench();
const model = new Map<string, ModelNote>();
afterAll(() => b.dispose());
const tally = { sessions: 0, grades: 0, promises: 0, midnight: 0, partial: 0, limited: 0, undo: 0 };

function addNotes(day: number): void {
  for (const [d, path, questions] of NEW_NOTES.filter(([d]) => d === day || (day === 0 && d < 0))) {
    const first = plusDays(START, d);
    const done = d < -14 ? (['d1', 'd4', 'd7', 'd14'] as const) : [];
    b.write(path, noteText({ first, done: [...done], questions }));
    const n = newModelNote(path, first, questions);
    for (const m of done) n.done[m] = true;
    model.set(path, n);
  }
}

/** Card index of a queued card (its prompt `질문 N?`, or 0 for a whole-note card). */
const indexOf = (prompt: string): number => Math.max(0, Number(/(\d+)/.exec(prompt)?.[1] ?? 1) - 1);

function gradesOf(plan: ReviewPlan, path: string, grades: readonly GradeRecord[]) {
  const p = plan.planned.find((x) => x.queue.path === path);
  const prompt = new Map(p?.queue.cards.map((c) => [c.cardId, c.prompt]));
  return grades
    .filter((g) => g.noteId === p?.queue.noteId)
    .map((g) => ({ card: indexOf(prompt.get(g.cardId) ?? ''), grade: g.grade, at: g.at }));
}

/** The model's promise for a press: the note settled with the grades so far, this one, the rest Good. */
function checkPromise(plan: ReviewPlan, press: Press, kept: readonly GradeRecord[], today: string): void {
  const p = plan.planned.find((x) => x.queue.noteId === press.noteId);
  const n = model.get(p?.queue.path ?? '');
  if (p === undefined || n === undefined) return;
  const before = gradesOf(plan, p.queue.path, kept.slice(0, press.index));
  const own = p.queue.cards.find((c) => c.cardId === press.cardId);
  const shown = modelSchedule(n, today).cards;
  const me = { card: indexOf(own?.prompt ?? ''), grade: press.grade, at: press.at };
  const rest = shown
    .filter((i) => i !== me.card && !before.some((g) => g.card === i))
    .map((i) => ({ card: i, grade: 3 as const, at: press.at }));
  const after = modelSettle(n, today, shown, [...before, me, ...rest]);
  expect(press.promised, `${p.queue.path} ${own?.prompt ?? ''} grade ${press.grade}`).toBe(
    modelCardNext(after, me.card, seoulDay(press.at)),
  );
  tally.promises++;
}

function checkNote(path: string, n: ModelNote): void {
  const text = b.read(path);
  const flag = (key: string, on: boolean) => expect(text, `${path} ${key}`).toContain(`${key}: ${on}`);
  flag('❤1일복습여부', n.done.d1);
  flag('🧡4일복습여부', n.done.d4);
  flag('💛7일복습여부', n.done.d7);
  flag('💚14일복습여부', n.done.d14);
  flag('🧠장기기억', n.longTerm);
  expect(/^복습:(.*)$/m.exec(text)?.[1]?.trim(), `${path} 복습`).toBe(
    n.extra ? '추가 복습' : n.lastAgain ? '복습 완료' : '',
  );
  expect(text).toContain(`학습률: "${modelRate(n).rate}"`);
  const row = b.store.notes.byPath(path);
  const memories = b.store.notes.cards(row?.id ?? '').map((c) => c.memory);
  n.cards.forEach((c: Card, i) => {
    expect(memories[i]?.stability, `${path} card ${i}`).toBeCloseTo(c.stability, 9);
    expect(memories[i]?.difficulty).toBeCloseTo(c.difficulty, 9);
    expect(memories[i]?.due.getTime()).toBe(c.due.getTime() - 9 * 3_600_000);
  });
}

/** Plan `today`'s review and check its queue against the model's. */
function planDay(today: string, start: Clock, limit: number | undefined): ReviewPlan {
  const plan = b.plan(start, limit === undefined ? {} : { limit });
  const got = plan.planned.map((p) => [
    p.queue.path,
    p.queue.stage,
    p.queue.overdueDays,
    p.queue.cards.map((c) => indexOf(c.prompt)),
  ]);
  expect(got, today).toEqual(expectedQueue([...model.values()], today, limit));
  return plan;
}

/** The learner of day `d`: seeded grades (a requeued card Good), an undo some days, a quit others. */
function learner(d: number): (card: string, shown: number) => Step | undefined {
  const rand = random(d + 1);
  const quitAfter = d % 10 === 7 ? 3 : Infinity;
  let presses = 0;
  return (_card, shown) => {
    if (presses >= quitAfter) return { quit: true };
    if (d % 5 === 2 && presses === 1 && shown === 0) return (presses++, tally.undo++, { undo: true });
    presses++;
    const r = rand();
    return { grade: shown > 0 ? 3 : r < 0.12 ? 1 : r < 0.27 ? 2 : r < 0.82 ? 3 : 4 };
  };
}

/** Settle the model with the committed grades and check every touched note against it. */
function settleModel(plan: ReviewPlan, result: SessionResult, today: string): void {
  for (const p of plan.planned) {
    const n = model.get(p.queue.path);
    const grades = gradesOf(plan, p.queue.path, result.grades);
    if (n === undefined || grades.length === 0) continue;
    const after = modelSettle(n, today, modelSchedule(n, today).cards, grades);
    model.set(p.queue.path, after);
    checkNote(p.queue.path, after);
  }
}

async function day(d: number): Promise<void> {
  const today = plusDays(START, d);
  addNotes(d);
  b.ingest(clock(`${today}T07:00`));
  if (d % 7 === 6) return; // a day off
  const late = d % 8 === 3;
  const start = clock(late ? `${today}T23:50` : `${today}T${String(8 + (d % 5)).padStart(2, '0')}:15`);
  const limit = d % 9 === 4 ? 4 : undefined;
  const plan = planDay(today, start, limit);
  const { result, presses } = b.session(plan, start.now, learner(d), late ? 40_000 : 4_000);
  if (result.grades.length === 0) return;
  Object.assign(tally, { sessions: tally.sessions + 1, grades: tally.grades + result.grades.length });
  if (late && seoulDay(result.endedAt) !== today) tally.midnight++;
  if (result.quit) tally.partial++;
  if (limit !== undefined) tally.limited++;
  const queued = (id: string) =>
    plan.planned.find((p) => p.queue.noteId === id)?.queue.cards.map((c) => c.cardId) ?? [];
  for (const press of decisivePresses(presses, result, queued))
    checkPromise(plan, press, result.grades, today);
  await b.commit(plan, result, { now: result.endedAt, tz: 'Asia/Seoul' });
  settleModel(plan, result, today);
}

describe('a month of reviews against the schedule rules (issue 14.6)', () => {
  it('agrees with the model every day for 40 days', async () => {
    for (let d = 0; d < 40; d++) await day(d);
    expect(tally.sessions).toBeGreaterThanOrEqual(25);
    expect(tally.grades).toBeGreaterThanOrEqual(250);
    for (const [what, n] of Object.entries(tally)) expect(n, what).toBeGreaterThan(0);
  }, 120_000);
});
