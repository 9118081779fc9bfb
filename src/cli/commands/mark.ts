/** `bokseup mark PATH --stage S`: record a milestone review done outside the TUI. */
import type { Stage } from '../../note/types.js';
import { markNote } from '../../review/mark-note.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { resolveNotePath } from '../note-path.js';
import { syncVault } from '../sync-vault.js';

export async function runMark(
  ctx: CommandContext,
  notePath: string,
  opts: { stage: Stage },
): Promise<number> {
  const { store } = await syncVault(ctx, { quiet: true });
  try {
    const rel = resolveNotePath(notePath, ctx.vault, ctx.cwd, store.notes);
    const outcome = await markNote(store, ctx.vault, rel, opts.stage, ctx.clock);
    if (outcome === 'already-done')
      ctx.io.stdout(`${rel}: ${opts.stage} was already done; nothing to record\n`);
    else
      ctx.io.stdout(
        `${rel}: ${opts.stage} marked done${outcome === 'marked' ? '' : ' (note already up to date)'}\n`,
      );
    return ExitCode.ok;
  } finally {
    store.close();
  }
}
