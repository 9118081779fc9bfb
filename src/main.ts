/**
 * The entry point: the only place that reads argv, the environment and the real clock, and that
 * sets the process exit code.
 */
import { readlinkSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runCli } from './cli/program.js';
import { isTimeZone } from './time/clock.js';
import { zoneOfLocaltimeLink } from './time/host-zone.js';
import { setHostZone } from './time/zone-offset.js';

/** The machine's zone as the /etc/localtime link names it (ICU's own first guess), if it does. */
function linkedZone(): string | null {
  try {
    const zone = zoneOfLocaltimeLink(readlinkSync('/etc/localtime'));
    return zone !== null && isTimeZone(zone) ? zone : null;
  } catch {
    return null; // not a link (a copied file), or no such file: ICU knows other ways
  }
}

const stdoutIsTTY = process.stdout.isTTY === true;
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  realNow: new Date(),
  // Called only when neither --tz, BOKSEUP_TZ nor a TZ naming a zone is set. A TZ of another form
  // (`KST-9`, `:/etc/zoneinfo/...`) rules over /etc/localtime: then only ICU knows the zone.
  processTz: () => {
    const linked = process.env.TZ === undefined ? linkedZone() : null;
    const tz = linked ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    setHostZone(tz);
    return tz;
  },
  useZone: (tz) => {
    process.env.TZ = tz; // Node applies a TZ change at once (V8's date cache is reset)
    setHostZone(tz);
  },
  io: {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdin: process.stdin,
    isTTY: stdoutIsTTY && process.stdin.isTTY === true,
    columns: process.stdout.columns ?? 80,
    elapsedMs: () => performance.now(),
  },
});
process.exitCode = code;
