/**
 * The entry point: the only place that reads argv, the environment and the real clock, and that
 * sets the process exit code.
 */
import { readlinkSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runCli } from './cli/program.js';
import { isTimeZone } from './time/clock.js';
import { machineZoneName } from './time/host-zone.js';

function linkTarget(path: string): string | null {
  try {
    return readlinkSync(path);
  } catch {
    return null; // not a link (a copied file), or no such file
  }
}

const stdoutIsTTY = process.stdout.isTTY === true;
// A reader that went away (`bokseup due | head -1`: EPIPE) or a terminal that closed (EIO): the
// rest of the output is dropped quietly and the command finishes its work (a review commits its
// grades); any other stream error stays an error.
function writerOf(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'EIO') throw error;
    closed = true;
  });
  return (text) => void (closed || stream.write(text));
}
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  realNow: new Date(),
  // Called only when neither --tz nor BOKSEUP_TZ is set; resolveContext checks the answer.
  processTz: () => {
    const named = machineZoneName(process.env.TZ, linkTarget);
    return named !== null && isTimeZone(named) ? named : Intl.DateTimeFormat().resolvedOptions().timeZone;
  },
  io: {
    stdout: writerOf(process.stdout),
    stderr: writerOf(process.stderr),
    stdin: process.stdin,
    isTTY: stdoutIsTTY && process.stdin.isTTY === true,
    columns: process.stdout.columns ?? 80,
    elapsedMs: () => performance.now(),
    claimTerminal: () => {
      // ink decides at import time, from these variables, to draw nothing until exit (a CI log).
      for (const name of ['CI', 'CONTINUOUS_INTEGRATION'])
        if (name in process.env) process.env[name] = 'false';
      // A closed terminal or a shutdown no longer ends the process mid-command: the review's TUI
      // ends the session on these signals and the grades are committed before the process exits
      // (without a listener here, ink's exit handler raised the signal again, mid-commit).
      for (const signal of ['SIGHUP', 'SIGTERM', 'SIGINT'] as const) process.on(signal, () => undefined);
    },
  },
});
process.exitCode = code;
