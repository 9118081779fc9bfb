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
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdin: process.stdin,
    isTTY: stdoutIsTTY && process.stdin.isTTY === true,
    columns: process.stdout.columns ?? 80,
    elapsedMs: () => performance.now(),
    claimTerminal: () => {
      // ink decides at import time, from these variables, to draw nothing until exit (a CI log).
      for (const name of ['CI', 'CONTINUOUS_INTEGRATION'])
        if (name in process.env) process.env[name] = 'false';
    },
  },
});
process.exitCode = code;
