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
import { parseNote } from '../../src/note/index.js';
import { TZ } from './vault-notes.js';
export { noteText, seedHistory, TZ, type NoteSpec, type PastReview } from './vault-notes.js';
import type { SessionResult } from '../../src/quiz/index.js';
import {
  commitSettled,
  planReview,
  settleSession,
  writeSettled,
  type ReviewPlan,
} from '../../src/review/index.js';
import { SessionDriver, type Press, type Step } from './session-driver.js';
export type { Press, Step } from './session-driver.js';
import { Store } from '../../src/store/index.js';
import { parseNow, type Clock } from '../../src/time/index.js';

/** A clock at a local time in Seoul, `2026-11-29T10:00`. */
export function clock(local: string, tz = TZ): Clock {
  const now = parseNow(local, tz);
  if (now === null) throw new Error(`bad time ${local}`);
  return { now, tz };
}

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
   * recording at each grade the hints the card screen shows (see session-driver.ts). `steps` is a
   * list, or a function of the card on screen and how often it was shown before.
   */
  session(
    plan: ReviewPlan,
    start: Date,
    steps: readonly Step[] | ((cardId: string, shown: number) => Step | undefined),
    tickMs = 1000,
  ): { result: SessionResult; presses: Press[] } {
    const driver = new SessionDriver(plan, start, tickMs);
    const result = driver.run(typeof steps === 'function' ? steps : (_c, _n, i) => steps[i]);
    return { result, presses: driver.presses };
  }

  /** Settle, commit and write the session as `bokseup review` does, then ingest the written notes. */
  async commit(plan: ReviewPlan, result: SessionResult, end: Clock): Promise<void> {
    const settled = settleSession(plan.planned, result, end);
    if (settled.length === 0) return;
    const committed = commitSettled(this.store, result, settled);
    const problems = await writeSettled(this.store, this.root, settled, committed, end);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    this.ingest(end);
  }

  dispose(): void {
    this.store.close();
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * The presses whose effect the rest of the session cannot change: kept (not undone), the card's
 * last grade, no later Again on its note, and the note's review complete or already an extra review
 * (an Again at or before it). `queued` gives a note's queued card ids.
 */
export function decisivePresses(
  presses: readonly Press[],
  result: SessionResult,
  queued: (noteId: string) => readonly string[],
): Press[] {
  return presses.filter((p) => {
    if (result.grades[p.index]?.at.getTime() !== p.at.getTime()) return false;
    const later = result.grades.slice(p.index + 1);
    if (later.some((g) => g.cardId === p.cardId || (g.noteId === p.noteId && g.grade === 1))) return false;
    const own = result.grades.filter((g) => g.noteId === p.noteId);
    const finished = queued(p.noteId).every((id) => own.some((g) => g.cardId === id));
    return (
      finished || result.grades.slice(0, p.index + 1).some((g) => g.noteId === p.noteId && g.grade === 1)
    );
  });
}
