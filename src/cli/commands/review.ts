/**
 * `bokseup review [--limit N] [--note PATH]`: the daily review. The TUI (loaded lazily) presents
 * the session; the review use case commits it and writes the touched notes.
 */
import { runReview as review } from '../../review/run-review.js';
import { UserError } from '../../text/user-error.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { resolveNotePath } from '../note-path.js';
import { syncVault } from '../sync-vault.js';
import { plural } from '../../text/plural.js';

interface ReviewOptions {
  limit?: number;
  note?: string;
}

export async function runReview(ctx: CommandContext, opts: ReviewOptions): Promise<number> {
  if (!ctx.io.isTTY) {
    throw new UserError(
      'review needs a terminal: stdin and stdout must be a TTY. Run it in a terminal, or use `bokseup due` to list what is due.',
      'environment',
    );
  }
  // We are on a terminal (checked above): a person is watching, whatever CI variables say.
  ctx.io.claimTerminal();
  // Start reading the TUI's chunk now (its file read overlaps the vault's); it is awaited below.
  const tui = import('../../quiz/render-review.js');
  tui.catch(() => undefined); // an error surfaces where it is awaited
  const { store } = await syncVault(ctx);
  try {
    const notePath =
      opts.note === undefined ? undefined : resolveNotePath(opts.note, ctx.vault, ctx.cwd, store.notes);
    const request = {
      vault: ctx.vault,
      db: ctx.db,
      clock: ctx.clock,
      elapsedMs: ctx.io.elapsedMs,
      ...(opts.limit === undefined ? {} : { limit: opts.limit }),
      dailyLimit: ctx.settings.dailyLimit,
      ...(notePath === undefined ? {} : { notePath }),
      schedule: ctx.settings,
      write: ctx.followLinks === true ? { followLinks: true } : {},
    };
    const { renderReview } = await tui;
    const outcome = await review(store, request, (input) => renderReview(input, { color: ctx.color }));
    for (const problem of outcome.problems) ctx.io.stderr(`bokseup: warning: ${problem}\n`);
    if (outcome.notes > 0) {
      const unwritten =
        outcome.problems.length > 0 ? `; ${plural(outcome.problems.length, 'note')} not written yet` : '';
      ctx.io.stdout(
        `saved ${plural(outcome.reviews, 'review')} of ${plural(outcome.notes, 'note')}${unwritten}\n`,
      );
    }
    return ExitCode.ok;
  } finally {
    store.close();
  }
}
