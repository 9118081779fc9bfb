/**
 * `bokseup calendar [--out FILE] [--days N]`: an RFC 5545 `.ics` of the reviews due in the next N
 * days (overdue ones today), with alarms and stable UIDs so a re-import updates instead of duplicating.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCalendar } from '../../calendar/build-calendar.js';
import { dueEvents } from '../../calendar/due-events.js';
import { addDays, today } from '../../time/clock.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { syncVault } from '../sync-vault.js';

export async function runCalendar(
  ctx: CommandContext,
  opts: { out?: string; days: number },
): Promise<number> {
  const until = addDays(today(ctx.clock), opts.days);
  const { store, report } = await syncVault(ctx);
  const events = dueEvents(store, ctx.clock, until, ctx.settings);
  store.close();
  const [hour, minute] = ctx.settings.calendarTime.split(':').map(Number);
  const ics = buildCalendar(events, {
    now: ctx.clock.now,
    tz: ctx.clock.tz,
    reviewHour: hour ?? 9,
    reviewMinute: minute ?? 0,
    alarmMinutesBefore: ctx.settings.calendarAlarm,
  });
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
