/**
 * `bokseup mark PATH --stage S`: record a milestone review done outside the TUI (with a warning when
 * it skips a milestone that is not done); `bokseup mark PATH --undo`: take back the last mark.
 */
import type { Milestone, Stage } from '../../note/types.js';
import { markNote } from '../../review/mark-note.js';
import { markSkips } from '../../review/skipped-milestones.js';
import { undoMark } from '../../review/undo-mark.js';
import type { Store } from '../../store/store.js';
import { usageError } from '../../text/user-error.js';
import { localDateOf } from '../../time/clock.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { resolveNotePath } from '../note-path.js';
import { syncVault } from '../sync-vault.js';

/** `d7 is not done: marking d14 skips it …`, for one skipped milestone or several. */
function skipWarning(rel: string, stage: Stage, skips: readonly Milestone[]): string {
  const one = skips.length === 1;
  const [is, it] = one ? ['is', 'it'] : ['are', 'them'];
  return `warning: ${rel}: ${skips.join(', ')} ${is} not done: marking ${stage} skips ${it}, and ${one ? 'it stays' : 'they stay'} due first (mark ${it} too if you reviewed ${it})\n`;
}

/** Mark `stage`; the exit code (findings when the review is logged but the note not yet written). */
async function mark(ctx: CommandContext, store: Store, rel: string, stage: Stage): Promise<number> {
  const skips = markSkips(store, rel, stage);
  if (skips.length > 0) ctx.io.stderr(skipWarning(rel, stage, skips));
  const policy = ctx.followLinks === true ? { followLinks: true } : {};
  const { outcome, problem } = await markNote(store, ctx.vault, rel, stage, ctx.clock, policy);
  if (problem !== undefined) ctx.io.stderr(`bokseup: ${problem}\n`);
  if (outcome === 'already-done') {
    if (problem === undefined) ctx.io.stdout(`${rel}: ${stage} was already done; nothing to record\n`);
  } else
    ctx.io.stdout(
      `${rel}: ${stage} marked done${outcome === 'marked' ? '' : ' (note already up to date)'}\n`,
    );
  return problem === undefined ? ExitCode.ok : ExitCode.findings;
}

export async function runMark(
  ctx: CommandContext,
  notePath: string,
  opts: { stage?: Stage; undo?: boolean },
): Promise<number> {
  if ((opts.stage === undefined) === (opts.undo !== true))
    throw usageError('mark takes --stage d1|d4|d7|d14|long-term, or --undo (one of them)');
  const { store } = await syncVault(ctx, { quiet: true });
  try {
    const rel = resolveNotePath(notePath, ctx.vault, ctx.cwd, store.notes);
    if (opts.stage !== undefined) return await mark(ctx, store, rel, opts.stage);
    const undone = await undoMark(store, ctx.vault, rel, ctx.clock);
    const day = localDateOf(undone.at, ctx.clock.tz);
    ctx.io.stdout(
      `${rel}: took back the ${undone.stage} mark of ${day}; ${undone.stage} is not done again\n`,
    );
    return ExitCode.ok;
  } finally {
    store.close();
  }
}
