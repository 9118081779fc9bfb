/** `bokseup new TITLE [--subject S]`: create a note from the profile's template, first study = today. */
import { createNote } from '../../regen/create-note.js';
import { addDays } from '../../time/clock.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { syncVault } from '../sync-vault.js';

export async function runNew(
  ctx: CommandContext,
  title: string,
  opts: { subject?: string; profile?: string },
): Promise<number> {
  const profile = opts.profile ?? ctx.settings.profile;
  const made = createNote(ctx.vault, title, { ...opts, profile }, ctx.clock);
  const { file, firstStudy } = made;
  ctx.io.stdout(`created ${file} (first study ${firstStudy}; first review ${addDays(firstStudy, 1)})\n`);
  if (made.sameTitle.length > 0) {
    const others = made.sameTitle.join(', ');
    ctx.io.stderr(
      `bokseup: warning: another note has this title: ${others} ([[links]] to it become ambiguous)\n`,
    );
  }
  (await syncVault(ctx, { quiet: true })).store.close();
  return ExitCode.ok;
}
