/**
 * `bokseup calendar [--out FILE] [--days N]`: an RFC 5545 `.ics` of the reviews due in the next N
 * days (overdue ones today), with alarms and stable UIDs so a re-import updates instead of duplicating.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCalendar, type DueEvent } from '../../calendar/build-calendar.js';
import type { LocalDate } from '../../note/types.js';
import type { Store } from '../../store/store.js';
import { addDays, today, type Clock } from '../../time/clock.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { eachScheduledNote } from '../../due/scheduled-notes.js';
import { readVault } from '../../ingest/open-vault.js';

/** The review of every note due by `until`, on its due day (today for a late one). */
function dueEvents(store: Store, clock: Clock, day: LocalDate, until: LocalDate): DueEvent[] {
  const events: DueEvent[] = [];
  for (const { row, schedule } of eachScheduledNote(store, clock)) {
    if (schedule.due === null || schedule.due > until) continue;
    events.push({
      noteId: row.id,
      path: row.path,
      title: row.title,
      subject: row.subject,
      stage: schedule.stage,
      date: schedule.due < day ? day : schedule.due,
      cards: row.cardCount,
    });
  }
  return events;
}

export async function runCalendar(
  ctx: CommandContext,
  opts: { out?: string; days: number },
): Promise<number> {
  const day = today(ctx.clock);
  const until = addDays(day, opts.days);
  const { store, report, value: events } = await readVault(ctx, (s) => dueEvents(s, ctx.clock, day, until));
  store.close();
  const ics = buildCalendar(events, { now: ctx.clock.now, tz: ctx.clock.tz });
  if (opts.out === undefined) ctx.io.stdout(ics);
  else {
    const file = path.resolve(ctx.cwd, opts.out);
    writeFileSync(file, ics);
    ctx.io.stdout(
      `${events.length} reviews until ${until} written to ${file} (import it, or subscribe to it, in your phone's calendar)\n`,
    );
  }
  return report.errors.length > 0 ? ExitCode.findings : ExitCode.ok;
}
