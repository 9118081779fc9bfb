/**
 * A review workbench for tests: a temporary vault of generated study notes, a real store, and the
 * review's real path — plan, the session reducer driven by a script of key actions (with the hints
 * the card screen would show at each press), settle, commit, write, ingest again. Nothing here
 * reads the sample vault.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestVault } from '../../src/ingest/index.js';
import { parseNote, type LocalDate } from '../../src/note/index.js';
import { TZ } from './vault-notes.js';
export { noteText, seedHistory, TZ, type NoteSpec, type PastReview } from './vault-notes.js';
import {
  createSession,
  sessionReducer,
  sessionResult,
  currentCard,
  type GradeHints,
  type SessionAction,
  type SessionResult,
  type SessionState,
} from '../../src/quiz/index.js';
import {
  commitSettled,
  gradeHints,
  nextReviewIf,
  planReview,
  settleSession,
  writeSettled,
  type ReviewPlan,
} from '../../src/review/index.js';
import type { Grade } from '../../src/schedule/index.js';
import { Store } from '../../src/store/index.js';
import { parseNow, type Clock } from '../../src/time/index.js';

/** A clock at a local time in Seoul, `2026-11-29T10:00`. */
export function clock(local: string, tz = TZ): Clock {
  const now = parseNow(local, tz);
  if (now === null) throw new Error(`bad time ${local}`);
  return { now, tz };
}

/** One press the learner made, with what the grade keys said at that moment. */
export interface Press {
  cardId: string;
  noteId: string;
  grade: Grade;
  at: Date;
  hints: GradeHints;
  /** The day the hint says the card comes back (the same settling the hint's label is made from). */
  promised: LocalDate | null;
  /** Index of the grade in the session's grades right after the press. */
  index: number;
  /** The card had been graded before in the session (an Again brought it back). */
  requeued: boolean;
  /** An undo happened earlier in the session. */
  afterUndo: boolean;
}

/** A step of a scripted session: a grade (after revealing), an undo, a skip, or quit (q). */
export type Step = { grade: Grade } | { undo: true } | { skip: true } | { quit: true };

export class ReviewBench {
  readonly root = mkdtempSync(path.join(tmpdir(), 'bokseup-review-'));
  readonly store = Store.open(':memory:');

  write(rel: string, text: string): void {
    writeFileSync(path.join(this.root, rel), text);
  }

  read(rel: string): string {
    return readFileSync(path.join(this.root, rel), 'utf8');
  }

  ingest(at: Clock): void {
    const report = ingestVault(this.store, this.root, (p, text) => parseNote(p, text), { now: at.now });
    if (report.errors.length > 0) throw new Error(JSON.stringify(report.errors));
  }

  plan(at: Clock, opts: { limit?: number; notePath?: string } = {}): ReviewPlan {
    return planReview(this.store, at, opts);
  }

  /** Card ids the review would queue at `at` (no limit). */
  queuedAt(at: Clock): Set<string> {
    const plan = planReview(this.store, at, { limit: 0 });
    return new Set(plan.planned.flatMap((p) => p.queue.cards.map((c) => c.cardId)));
  }

  /**
   * Run `steps` through the real session reducer from `start`, `tickMs` apart (default a second),
   * recording at each grade the hints the card screen shows (`hintsFor` with the grades kept so
   * far). `steps` is a list, or a function of the card on screen and how often it was shown before.
   * The session ends when the queue does, at a `quit`, or when the steps run out (as a quit).
   */
  session(
    plan: ReviewPlan,
    start: Date,
    steps: readonly Step[] | ((cardId: string, shown: number) => Step | undefined),
    tickMs = 1000,
  ): { result: SessionResult; presses: Press[] } {
    const hintsFor = gradeHints(plan.planned, TZ);
    const presses: Press[] = [];
    let t = start.getTime();
    const tick = (): Date => new Date((t += tickMs));
    let state: SessionState = createSession(
      plan.planned.map((p) => p.queue),
      new Date(t),
    );
    const act = (a: SessionAction) => (state = sessionReducer(state, a));
    act({ type: 'start', at: tick() });
    const shown = new Map<string, number>();
    let undone = false;
    for (let i = 0; state.phase === 'review'; i++) {
      const cardId = currentCard(state)?.cardId ?? '';
      const n = shown.get(cardId) ?? 0;
      shown.set(cardId, n + 1);
      const step = typeof steps === 'function' ? steps(cardId, n) : steps[i];
      if (step === undefined || 'quit' in step) break;
      if ('undo' in step) {
        undone = undone || state.undo.length > 0;
        act({ type: 'undo', at: tick() });
      } else if ('skip' in step) act({ type: 'skip', at: tick() });
      else presses.push(this.press(plan, state, step.grade, tick(), hintsFor, undone, act));
    }
    if (state.phase !== 'done') act({ type: 'quit', at: tick() });
    return { result: sessionResult(state, new Date(t)), presses };
  }

  private press(
    plan: ReviewPlan,
    before: SessionState,
    grade: Grade,
    at: Date,
    hintsFor: ReturnType<typeof gradeHints>,
    afterUndo: boolean,
    act: (a: SessionAction) => SessionState,
  ): Press {
    const card = currentCard(before);
    if (card === null) throw new Error('no card on screen');
    const revealed = act({ type: 'reveal' });
    const hints = hintsFor(card.cardId, revealed.grades, at);
    const p = plan.planned.find((x) => x.queue.noteId === card.noteId);
    const promised = p === undefined ? null : nextReviewIf(p, card.cardId, grade, revealed.grades, at, TZ);
    const requeued = revealed.grades.some((g) => g.cardId === card.cardId);
    const after = act({ type: 'grade', grade, at });
    const press = { cardId: card.cardId, noteId: card.noteId, grade, at, hints, promised };
    return { ...press, index: after.grades.length - 1, requeued, afterUndo };
  }

  /** Settle, commit and write the session as `bokseup review` does, then ingest the written notes. */
  async commit(plan: ReviewPlan, result: SessionResult, end: Clock): Promise<void> {
    const settled = settleSession(plan.planned, result, end);
    if (settled.length === 0) return;
    commitSettled(this.store, result, settled);
    const problems = await writeSettled(this.root, settled, end);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    this.ingest(end);
  }

  dispose(): void {
    this.store.close();
    rmSync(this.root, { recursive: true, force: true });
  }
}
