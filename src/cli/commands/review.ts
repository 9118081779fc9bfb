/**
 * `bokseup review [--limit N] [--note PATH]`: the daily review. The TUI (loaded lazily) returns the
 * session; this shell commits it in one transaction and then writes the touched notes.
 */
import { forecast } from '../../schedule/forecast.js';
import type { CardOutcome, NotePrediction, ReviewInput } from '../../quiz/types.js';
import { today, type Clock } from '../../time/clock.js';
import type { CommandContext } from '../context.js';
import { CliError, ExitCode } from '../exit-codes.js';
import { scheduleNotes, type ScheduledNote } from '../../due/scheduled-notes.js';
import { resolveNotePath } from '../note-path.js';
import { readVault } from '../../ingest/open-vault.js';
import type { Store } from '../../store/store.js';
import { buildQueue, type PlannedNote } from '../../review/build-queue.js';
import { commitSettled, settleSession, writeSettled } from '../../review/commit-session.js';
import { labCheckerFor } from '../../review/lab-checker.js';

/**
 * Cards per session unless `--limit` says otherwise (0: no limit), as Anki caps reviews per day: the
 * first review of an imported vault can find thousands of notes due. Whole notes are queued, so a
 * note's milestone completes only when all its cards were reviewed.
 */
const DAILY_LIMIT = 200;

/** Due notes the limit left out of the queue. */
function heldBack(
  picked: readonly ScheduledNote[],
  planned: readonly PlannedNote[],
): { notes: number; cards: number } {
  const queued = new Set(planned.map((p) => p.queue.noteId));
  const left = picked.filter((n) => !queued.has(n.row.id));
  return { notes: left.length, cards: left.reduce((sum, n) => sum + n.row.cardCount, 0) };
}

interface ReviewOptions {
  limit?: number;
  note?: string;
}

function pickNotes(ctx: CommandContext, all: ScheduledNote[], note: string | undefined): ScheduledNote[] {
  if (note === undefined) return all.filter((n) => n.schedule.isDue);
  const rel = resolveNotePath(note, ctx.vault, ctx.cwd);
  const found = all.find((n) => n.row.path === rel);
  if (!found)
    throw new CliError(`${rel} has errors or no review fields (see \`bokseup doctor\`)`, ExitCode.findings);
  return [found];
}

function predictor(planned: readonly PlannedNote[], clock: () => Clock) {
  return (noteId: string, graded: CardOutcome[]): NotePrediction => {
    const p = planned.find((x) => x.queue.noteId === noteId);
    if (!p) return { rateAfter: 0, nextDue: '' };
    const now = clock().now;
    const grades = graded.flatMap((o) => (o.anyAgain && o.grade !== 1 ? [1, o.grade] : [o.grade]));
    const session = {
      startedAt: now,
      endedAt: now,
      quit: false,
      skipped: [],
      grades: grades.map((grade, i) => ({
        cardId: graded[Math.min(i, graded.length - 1)]?.cardId ?? '',
        noteId,
        grade: grade as 1 | 2 | 3 | 4,
        at: now,
        durationMs: 0,
      })),
    };
    const [settled] = settleSession([p], session, clock());
    return settled
      ? { rateAfter: settled.result.rateAfter, nextDue: settled.result.schedule.due ?? '' }
      : { rateAfter: p.queue.rateBefore, nextDue: '' };
  };
}

export async function runReview(ctx: CommandContext, opts: ReviewOptions): Promise<number> {
  if (!ctx.io.isTTY) {
    throw new CliError(
      'review needs a terminal: stdin and stdout must be a TTY. Run it in a terminal, or use `bokseup due` to list what is due.',
      ExitCode.environment,
    );
  }
  // We are on a terminal (checked above): a person is watching, whatever CI variables say.
  ctx.io.claimTerminal();
  // Start reading the TUI's chunk now (its file read overlaps the vault's); it is awaited below.
  const tui = import('../../quiz/render-review.js');
  tui.catch(() => undefined); // an error surfaces where it is awaited
  const limit = opts.limit ?? (opts.note === undefined ? DAILY_LIMIT : 0);
  const plan = (s: Store) => {
    const scheduled = scheduleNotes(s, ctx.clock);
    const picked = pickNotes(ctx, scheduled, opts.note);
    return { scheduled, picked, planned: buildQueue(s, picked, ctx.clock, limit === 0 ? undefined : limit) };
  };
  const { store, value } = await readVault(ctx, plan);
  try {
    const { scheduled, picked, planned } = value;
    const clockNow = (): Clock => ({
      now: new Date(ctx.clock.now.getTime() + ctx.io.elapsedMs() - startMs),
      tz: ctx.clock.tz,
    });
    const startMs = ctx.io.elapsedMs();
    const input: ReviewInput = {
      notes: planned.map((p) => p.queue),
      forecast: forecast(
        scheduled.map((n) => n.schedule),
        today(ctx.clock),
        7,
      ),
      heldBack: heldBack(picked, planned),
      now: () => clockNow().now,
      predictAfter: predictor(planned, clockNow),
    };
    const checkLab = labCheckerFor(ctx, store, planned, () => clockNow().now);
    if (checkLab) input.checkLab = checkLab;
    const { renderReview } = await tui;
    const session = await renderReview(input, { color: ctx.color });
    const settled = settleSession(planned, session, clockNow());
    if (settled.length === 0) return ExitCode.ok;
    commitSettled(store, session, settled);
    for (const problem of await writeSettled(ctx.vault, settled, clockNow())) ctx.io.stderr(`${problem}\n`);
    ctx.io.stdout(`saved ${session.grades.length} reviews of ${settled.length} notes\n`);
    return ExitCode.ok;
  } finally {
    store.close();
  }
}
