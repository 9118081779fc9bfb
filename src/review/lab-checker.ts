/**
 * The lab checker the review TUI uses for lab cards: the same check as `lab try`, when the lab's
 * preflight passes on this machine (else lab cards say the sandbox is unavailable and can be skipped).
 */
import type { ParsedNote } from '../note/types.js';
import type { LabVerdict, QueueCard } from '../quiz/types.js';
import type { Store } from '../store/store.js';
import type { CommandContext } from '../cli/context.js';
import type { PlannedNote } from './build-queue.js';

export type LabChecker = (card: QueueCard, commands: string[], signal?: AbortSignal) => Promise<LabVerdict>;

/**
 * Null when no queued card is a lab card. The lab code and its preflight start loading in the
 * background (the first frame must not wait for them); a check awaits them, and where the sandbox
 * cannot run, the check fails with the preflight's reason and fix (the learner can skip the card).
 * `now` is the review's running clock: an attempt is recorded when it happened, not at the session's start.
 */
export function labCheckerFor(
  ctx: CommandContext,
  store: Store,
  planned: readonly PlannedNote[],
  now: () => Date,
): LabChecker | null {
  if (!planned.some((p) => p.queue.cards.some((c) => c.kind === 'lab'))) return null;
  const labNotes = new Map<string, ParsedNote | null>();
  const noteOf = (noteId: string): ParsedNote | null => {
    if (!labNotes.has(noteId)) labNotes.set(noteId, store.parsedNote(noteId));
    return labNotes.get(noteId) ?? null;
  };
  const ready = import('../lab/index.js').then(async (lab) => {
    const cacheDir = lab.labCacheDir(ctx.db);
    const environment = await lab.labEnvironment({ cacheDir });
    return { lab, check: lab.makeLabChecker({ cacheDir, environment }) };
  });
  ready.catch(() => undefined); // reported by the first check, not as an unhandled rejection
  return async (card, commands, signal) => {
    const { lab, check } = await ready;
    const note = noteOf(card.noteId);
    if (!note || card.labStep === undefined)
      return { passed: false, summary: 'this card has no lab step', details: [] };
    const step = card.labStep;
    const clock = { now, elapsedMs: ctx.io.elapsedMs };
    const verdict = await lab.checkAndRecordAttempt(
      store,
      clock,
      { noteId: card.noteId, step, answers: commands },
      () => check(note, step, commands, signal),
    );
    const details = lab.formatVerdict(verdict).split('\n').slice(1);
    return { passed: verdict.passed, summary: verdict.summary, details };
  };
}
