/** `bokseup stats`: review heatmap, streak, retention, forecast and per-note progress. */
import { learningRateTenths } from '../../schedule/learning-rate.js';
import { computeStats } from '../../stats/compute-stats.js';
import { renderStats } from '../../stats/render-stats.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { scheduleNotes } from '../../due/scheduled-notes.js';
import { readVault } from '../../ingest/open-vault.js';
import type { Store } from '../../store/store.js';
import { printJson } from '../output.js';

const YEAR_MS = 366 * 86_400_000;

export async function runStats(ctx: CommandContext): Promise<number> {
  const read = (s: Store) => ({
    notes: scheduleNotes(s, ctx.clock).map(({ row, schedule }) => ({
      noteId: row.id,
      path: row.path,
      title: row.title,
      rateTenths: learningRateTenths(row.fields),
      stage: schedule.stage,
      due: schedule.due,
    })),
    reviews: s.reviewsSince(new Date(ctx.clock.now.getTime() - YEAR_MS)),
  });
  const { store, report, value } = await readVault(ctx, read);
  try {
    const stats = computeStats({ ...value, tz: ctx.clock.tz, now: ctx.clock.now });
    if (ctx.json) printJson(ctx.io, stats);
    else ctx.io.stdout(renderStats(stats, { color: ctx.color, columns: ctx.io.columns }));
    return report.errors.length > 0 ? ExitCode.findings : ExitCode.ok;
  } finally {
    store.close();
  }
}
