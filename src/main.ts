/**
 * The entry point: the only place that reads argv, the environment and the real clock, and that
 * sets the process exit code.
 */
import { performance } from 'node:perf_hooks';
import { runCli } from './cli/program.js';
import { setHostZone } from './time/zone-offset.js';

const stdoutIsTTY = process.stdout.isTTY === true;
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  realNow: new Date(),
  processTz: () => {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
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
