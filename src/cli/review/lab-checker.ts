/** The lab checker the review TUI uses for lab cards, when the lab sandbox is available here. */
import type { LabVerdict, QueueCard } from '../../quiz/types.js';
import type { CommandContext } from '../context.js';
import type { PlannedNote } from './build-queue.js';

export type LabChecker = (card: QueueCard, commands: string[]) => Promise<LabVerdict>;

/** Null until the lab is wired in (or when the sandbox cannot run on this machine). */
export async function labCheckerFor(
  _ctx: CommandContext,
  _planned: readonly PlannedNote[],
): Promise<LabChecker | null> {
  return null;
}
