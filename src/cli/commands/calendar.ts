/**
 * `bokseup calendar [--out FILE] [--days N]`: an RFC 5545 `.ics` of every review known in the next
 * N days (overdue ones today), with alarms, stable UIDs and sequence numbers, so a re-import or a
 * subscription updates and cancels instead of duplicating.
 */
import path from 'node:path';
import { exportCalendar, recordExport } from '../../calendar/export-calendar.js';
import { addDays, today } from '../../time/clock.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { checkOutputFile, writeOutputFile } from '../output-file.js';
import { syncVault } from '../sync-vault.js';

export async function runCalendar(
  ctx: CommandContext,
  opts: { out?: string; days: number },
): Promise<number> {
  const until = addDays(today(ctx.clock), opts.days);
  const file = opts.out === undefined ? null : path.resolve(ctx.cwd, opts.out);
  if (file !== null) checkOutputFile('--out', file);
  const { store, report } = await syncVault(ctx);
  try {
    const [hour, minute] = ctx.settings.calendarTime.split(':').map(Number);
    const exp = exportCalendar(store, ctx.clock, until, {
      settings: ctx.settings,
      events: {
        reviewHour: hour ?? 9,
        reviewMinute: minute ?? 0,
        alarmMinutesBefore: ctx.settings.calendarAlarm,
      },
    });
    if (file === null) ctx.io.stdout(exp.ics);
    else {
      writeOutputFile('--out', file, exp.ics);
      const cancelled = exp.cancelled > 0 ? ` and ${exp.cancelled} cancelled` : '';
      ctx.io.stdout(
        `${exp.reviews} reviews${cancelled} until ${until} written to ${file} (import it, or subscribe to it, in your phone's calendar)\n`,
      );
    }
    recordExport(store, exp);
    return report.errors.length > 0 ? ExitCode.findings : ExitCode.ok;
  } finally {
    store.close();
  }
}
