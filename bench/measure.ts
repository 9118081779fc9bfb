/** Whole-process timing and peak memory of a command, as medians over several runs. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Figure {
  ms: number;
  rssMb: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const hook = new URL('../../bench/rss-hook.mjs', import.meta.url).pathname;

/** Run `node [args]` once; returns wall time and peak RSS. Throws when it exits non-zero (unless allowed). */
export function runNode(args: string[], env: NodeJS.ProcessEnv, okCodes = [0, 1]): Figure {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bokseup-rss-'));
  const rssFile = path.join(dir, 'rss');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', hook, ...args], {
    env: { ...env, BOKSEUP_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (!okCodes.includes(result.status ?? -1)) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  }
  const rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  rmSync(dir, { recursive: true, force: true });
  return { ms, rssMb: rssKb / 1024 };
}

/** Median of `runs` runs of `once()`; `before()` runs untimed before each. */
export function medianOf(runs: number, once: () => Figure, before?: () => void): Figure {
  const figures: Figure[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    figures.push(once());
  }
  return { ms: median(figures.map((f) => f.ms)), rssMb: Math.max(...figures.map((f) => f.rssMb)) };
}

/**
 * Time from launch to the first frame containing `firstText`, in a real pseudo-terminal (`script`),
 * then press Enter and time until `secondText` shows. Kills the process after.
 */
export function timeToScreens(
  cmd: string,
  env: NodeJS.ProcessEnv,
  firstText: string,
  secondText: string,
): Promise<[number, number]> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('script', ['-qfec', cmd, '/dev/null'], {
      env: { ...env, COLUMNS: '100', LINES: '40' },
    });
    let screen = '';
    let first = -1;
    const timer = setTimeout(
      () =>
        finish(new Error(`no "${first < 0 ? firstText : secondText}" within 20 s:\n${screen.slice(-2000)}`)),
      20_000,
    );
    const timers: NodeJS.Timeout[] = [];
    const finish = (error?: Error, value?: [number, number]) => {
      clearTimeout(timer);
      for (const t of timers) clearInterval(t);
      child.kill('SIGKILL');
      if (error) reject(error);
      else resolve(value ?? [first, -1]);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      // eslint-disable-next-line no-control-regex -- strip ANSI escapes before matching text
      screen += chunk.toString('utf8').replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
      if (first < 0 && screen.includes(firstText)) {
        first = performance.now() - start;
        // Keys typed before ink switches the terminal to raw mode are lost: press again until it shows.
        const press = () => child.stdin.write('\r');
        press();
        const again = setInterval(press, 50);
        child.on('exit', () => clearInterval(again));
        timers.push(again);
      } else if (first >= 0 && screen.includes(secondText))
        finish(undefined, [first, performance.now() - start]);
    });
    child.on('error', (error) => finish(error));
  });
}
