/**
 * Read-only views of a session: the card on screen, progress, each note's card outcomes, and the
 * `SessionResult` handed back to the shell.
 */
import type { SessionState } from './session-state.js';
import type { CardOutcome, QueueCard, SessionResult } from './types.js';

/** The card on screen, or null on the start screen and when done. */
export function currentCard(state: SessionState): QueueCard | null {
  if (state.phase !== 'review') return null;
  const head = state.queue[0];
  return (head && state.cards[head.cardId]) ?? null;
}

/** Distinct cards finished (graded and not waiting again, or dropped) out of the session's total. */
export function progressOf(state: SessionState): { done: number; total: number } {
  const waiting = new Set(state.queue.map((e) => e.cardId));
  return { done: state.total - waiting.size, total: state.total };
}

/** Per note, each graded card's last grade and whether it was ever Again, in first-graded order. */
export function noteOutcomes(state: SessionState): Map<string, CardOutcome[]> {
  const byCard = new Map<string, { noteId: string; outcome: CardOutcome }>();
  for (const g of state.grades) {
    const prev = byCard.get(g.cardId);
    const anyAgain = (prev?.outcome.anyAgain ?? false) || g.grade === 1;
    byCard.set(g.cardId, { noteId: g.noteId, outcome: { cardId: g.cardId, grade: g.grade, anyAgain } });
  }
  const out = new Map<string, CardOutcome[]>();
  for (const { noteId, outcome } of byCard.values()) {
    out.set(noteId, [...(out.get(noteId) ?? []), outcome]);
  }
  return out;
}

/** The shell's view of the session: grades kept (undone ones are gone) and cards skipped for good. */
export function sessionResult(state: SessionState, fallbackEnd: Date): SessionResult {
  const graded = new Set(state.grades.map((g) => g.cardId));
  const skippedOnce = state.queue.filter((e) => e.skips > 0).map((e) => e.cardId);
  const skipped = [...state.skipped, ...(state.quit ? skippedOnce : [])].filter((id) => !graded.has(id));
  return {
    startedAt: state.startedAt,
    endedAt: state.endedAt ?? fallbackEnd,
    quit: state.quit,
    grades: state.grades,
    skipped,
  };
}
