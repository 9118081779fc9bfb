/** `bokseup new TITLE [--subject S]`: create a note from the profile's template, first study = today. */
import { createNote } from '../../regen/create-note.js';
import { addDays } from '../../time/clock.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { syncVault } from '../sync-vault.js';

export async function runNew(
  ctx: CommandContext,
  title: string,
  opts: { subject?: string; profile: string },
): Promise<number> {
  const { file, firstStudy } = createNote(ctx.vault, title, opts, ctx.clock);
  ctx.io.stdout(`created ${file} (first study ${firstStudy}; first review ${addDays(firstStudy, 1)})\n`);
  (await syncVault(ctx, { quiet: true })).store.close();
  return ExitCode.ok;
}
