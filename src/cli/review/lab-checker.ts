/**
 * The lab checker the review TUI uses for lab cards: the same check as `lab try`, when the lab's
 * preflight passes on this machine (else lab cards say the sandbox is unavailable and can be skipped).
 */
import path from 'node:path';
import type { ParsedNote } from '../../note/types.js';
import type { LabVerdict, QueueCard } from '../../quiz/types.js';
import type { Store } from '../../store/store.js';
import type { CommandContext } from '../context.js';
import type { PlannedNote } from './build-queue.js';

export type LabChecker = (card: QueueCard, commands: string[], signal?: AbortSignal) => Promise<LabVerdict>;

/** Null when no queued card is a lab card, or when the sandbox cannot run here. */
export async function labCheckerFor(
  ctx: CommandContext,
  store: Store,
  planned: readonly PlannedNote[],
): Promise<LabChecker | null> {
  if (!planned.some((p) => p.queue.cards.some((c) => c.kind === 'lab'))) return null;
  const labNotes = new Map<string, ParsedNote | null>();
  const noteOf = (noteId: string): ParsedNote | null => {
    if (!labNotes.has(noteId)) labNotes.set(noteId, store.parsedNote(noteId));
    return labNotes.get(noteId) ?? null;
  };
  const lab = await import('../lab-module.js');
  const cacheDir = path.join(path.dirname(ctx.db), 'lab-cache');
  let environment;
  try {
    environment = await lab.labEnvironment({ cacheDir });
  } catch {
    return null;
  }
  const check = lab.makeLabChecker({ cacheDir, environment });
  return async (card, commands, signal) => {
    const note = noteOf(card.noteId);
    if (!note || card.labStep === undefined)
      return { passed: false, summary: 'this card has no lab step', details: [] };
    const verdict = await check(note, card.labStep, commands, signal);
    store.recordLabAttempt({
      noteId: card.noteId,
      step: card.labStep,
      at: ctx.clock.now,
      passed: verdict.passed,
      answers: commands,
      differences: verdict.differences,
      durationMs: null,
    });
    const details = lab.formatVerdict(verdict).split('\n').slice(1);
    return { passed: verdict.passed, summary: verdict.summary, details };
  };
}
