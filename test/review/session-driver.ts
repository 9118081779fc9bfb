/**
 * A scripted learner at the real session reducer: each step reveals and grades, undoes, skips or
 * quits, a tick of the clock apart, and every grade records the hints the card screen shows then
 * (`hintsFor` with the grades kept so far) and the day they promise.
 */
import type { LocalDate } from '../../src/note/index.js';
import {
  createSession,
  currentCard,
  sessionReducer,
  sessionResult,
  type GradeHints,
  type SessionAction,
  type SessionResult,
  type SessionState,
} from '../../src/quiz/index.js';
import { gradeHints, nextReviewIf, type ReviewPlan } from '../../src/review/index.js';
import type { Grade } from '../../src/schedule/index.js';
import { TZ } from './vault-notes.js';

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

/** The next step for the card on screen, given how often it was shown before and the step's index. */
export type Script = (cardId: string, shown: number, index: number) => Step | undefined;

export class SessionDriver {
  private state: SessionState;
  private t: number;
  private undone = false;
  private readonly shown = new Map<string, number>();
  private readonly hintsFor: ReturnType<typeof gradeHints>;
  readonly presses: Press[] = [];

  constructor(
    private readonly plan: ReviewPlan,
    start: Date,
    private readonly tickMs: number,
  ) {
    this.t = start.getTime();
    this.hintsFor = gradeHints(plan.planned, TZ);
    this.state = createSession(
      plan.planned.map((p) => p.queue),
      new Date(this.t),
    );
    this.act({ type: 'start', at: this.tick() });
  }

  /** Follow `script` until the queue ends, it quits or runs out (a quit); the session's result. */
  run(script: Script): SessionResult {
    for (let i = 0; this.state.phase === 'review'; i++) {
      const cardId = currentCard(this.state)?.cardId ?? '';
      const n = this.shown.get(cardId) ?? 0;
      this.shown.set(cardId, n + 1);
      const step = script(cardId, n, i);
      if (step === undefined || 'quit' in step) break;
      this.take(step);
    }
    if (this.state.phase !== 'done') this.act({ type: 'quit', at: this.tick() });
    return sessionResult(this.state, new Date(this.t));
  }

  private tick(): Date {
    return new Date((this.t += this.tickMs));
  }

  private act(a: SessionAction): SessionState {
    return (this.state = sessionReducer(this.state, a));
  }

  private take(step: Exclude<Step, { quit: true }>): void {
    if ('grade' in step) this.presses.push(this.press(step.grade, this.tick()));
    else if ('skip' in step) this.act({ type: 'skip', at: this.tick() });
    else {
      this.undone = this.undone || this.state.undo.length > 0;
      this.act({ type: 'undo', at: this.tick() });
    }
  }

  private press(grade: Grade, at: Date): Press {
    const card = currentCard(this.state);
    if (card === null) throw new Error('no card on screen');
    const revealed = this.act({ type: 'reveal' });
    const hints = this.hintsFor(card.cardId, revealed.grades, at);
    const p = this.plan.planned.find((x) => x.queue.noteId === card.noteId);
    const promised = p === undefined ? null : nextReviewIf(p, card.cardId, grade, revealed.grades, at, TZ);
    const requeued = revealed.grades.some((g) => g.cardId === card.cardId);
    const after = this.act({ type: 'grade', grade, at });
    const press = { cardId: card.cardId, noteId: card.noteId, grade, at, hints, promised };
    return { ...press, index: after.grades.length - 1, requeued, afterUndo: this.undone };
  }
}
