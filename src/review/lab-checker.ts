/**
 * The lab checker the review TUI uses for lab cards: the same check as `lab try`, when the lab's
 * preflight passes on this machine (else lab cards say the sandbox is unavailable and can be skipped).
 */
import type { ParsedNote } from '../note/types.js';
import { checkFailed } from '../quiz/lab-verdict.js';
import type { ReviewInput } from '../quiz/types.js';
import type { Store } from '../store/store.js';
import type * as Lab from '../lab/index.js';
import type { PlannedNote } from './build-queue.js';

/** What a lab card calls to check the learner's commands. */
export type LabChecker = NonNullable<ReviewInput['checkLab']>;

/** What the checker uses of the lab (the real one is loaded lazily; tests inject a fake). */
export type LabModule = Pick<
  typeof Lab,
  'labCacheDir' | 'labEnvironment' | 'labTry' | 'checkAndRecordAttempt'
>;

/** What the checker needs besides the store: the database (the lab's cache is beside it) and time. */
export interface LabCheckerOptions {
  db: string;
  /** The review's running clock: an attempt is recorded when it happened, not at the session's start. */
  now: () => Date;
  elapsedMs: () => number;
  /** Loads the lab (default: its chunk, on the first lab card). */
  loadLab?: () => Promise<LabModule>;
}

const loadLab = (): Promise<LabModule> => import('../lab/index.js');

/**
 * Null when no queued card is a lab card. The lab code and its preflight start loading in the
 * background (the first frame must not wait for them); a check awaits them, and where the sandbox
 * cannot run, the check fails with the preflight's reason and fix (the learner can skip the card).
 */
export function labCheckerFor(
  store: Store,
  planned: readonly PlannedNote[],
  opts: LabCheckerOptions,
): LabChecker | null {
  if (!planned.some((p) => p.queue.cards.some((c) => c.kind === 'lab'))) return null;
  const labNotes = new Map<string, ParsedNote | null>();
  const noteOf = (noteId: string): ParsedNote | null => {
    if (!labNotes.has(noteId)) labNotes.set(noteId, store.notes.parsed(noteId));
    return labNotes.get(noteId) ?? null;
  };
  const ready = (opts.loadLab ?? loadLab)().then(async (lab) => {
    const cacheDir = lab.labCacheDir(opts.db);
    return { lab, cacheDir, environment: await lab.labEnvironment({ cacheDir }) };
  });
  ready.catch(() => undefined); // reported by the first check, not as an unhandled rejection
  return async (card, commands, signal) => {
    const { lab, cacheDir, environment } = await ready;
    const note = noteOf(card.noteId);
    if (!note || card.labStep === undefined)
      return checkFailed(card.labStep ?? 0, 'this card has no lab step');
    const step = card.labStep;
    const clock = { now: opts.now, elapsedMs: opts.elapsedMs };
    return lab.checkAndRecordAttempt(
      store.sessions,
      clock,
      { noteId: card.noteId, step, answers: commands },
      () => lab.labTry(note, step, commands, { cacheDir, environment, signal }),
    );
  };
}
