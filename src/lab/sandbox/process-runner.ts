/**
 * The one place the lab starts processes: argv arrays only (never a shell string), every run
 * bounded by a timeout. Injected everywhere so tests can use a fake that records what would run.
 */
import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

export interface RunResult {
  /** Exit code; null when killed (see `timedOut`). */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface RunOptions {
  /** Written to stdin, which is then closed. */
  input?: string;
  /** Killed with SIGKILL after this long (default 5000 ms). */
  timeoutMs?: number;
}

/** A long-lived process: the sandbox's init holder, or a server started in the background. */
export interface LongProcess {
  pid: number | undefined;
  stdin: Writable | null;
  stdout: Readable | null;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): void;
}

export interface ProcessRunner {
  run(argv: string[], opts?: RunOptions): Promise<RunResult>;
  /** Start without waiting; `stdin: 'pipe'` keeps a pipe open to the process. */
  start(argv: string[], opts?: { stdin?: 'pipe' | 'ignore' }): LongProcess;
}

/** PATH and locale every lab process gets: sbin for `ip`/`nginx`, C messages to parse. */
export const LAB_ENV: NodeJS.ProcessEnv = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  LC_ALL: 'C',
  HOME: '/root',
};

/** How long output may still arrive after a killed command's group died (pipes held elsewhere). */
const DRAIN_MS = 100;

/** SIGKILL the whole process group led by `pid` (the command and everything it started). */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Start `argv` as the leader of a new process group, collecting its output. */
function spawnGrouped(argv: string[], input: string | undefined) {
  const [file = '', ...args] = argv;
  // No stdin pipe unless there is input: a pipe costs ~2 ms per spawn (measured).
  const stdin = input === undefined ? 'ignore' : 'pipe';
  const child = spawn(file, args, { env: LAB_ENV, stdio: [stdin, 'pipe', 'pipe'], detached: true });
  const out = { stdout: '', stderr: '', timedOut: false };
  child.stdout?.on('data', (d: Buffer) => (out.stdout += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (out.stderr += d.toString('utf8')));
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(input);
  return { child, out };
}

/** Run `argv` in its own process group, bounded by the timeout; see `realRunner`. */
function runBounded(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  const { child, out } = spawnGrouped(argv, opts.input);
  return new Promise((resolve) => {
    const finish = (code: number | null): void => {
      clearTimeout(timer);
      resolve({ code, ...out });
    };
    const drain = (code: number | null): void => {
      killGroup(child.pid);
      setTimeout(() => (child.stdout?.destroy(), child.stderr?.destroy(), finish(code)), DRAIN_MS);
    };
    const timer = setTimeout(() => {
      out.timedOut = true;
      killGroup(child.pid);
      // Exited already, and a daemon it started still holds the pipes: stop waiting for them.
      if (child.exitCode !== null || child.signalCode !== null) drain(child.exitCode);
    }, opts.timeoutMs ?? 5000);
    child.on('error', (err) => {
      out.stderr += String(err.message);
      finish(127);
    });
    child.on('exit', (code) => {
      if (out.timedOut) drain(code);
    });
    child.on('close', (code) => finish(code));
  });
}

/**
 * The real runner, built on `child_process.spawn`. Each command leads its own process group
 * (`detached`), and a timeout kills the group: `nsenter`, what it runs inside the sandbox, and
 * their children alike (only a daemon that made its own session, like nginx, survives; it dies
 * with the sandbox). A killed run resolves shortly after, even if a straggler holds its pipes.
 */
export const realRunner: ProcessRunner = {
  run: runBounded,
  start(argv, opts = {}) {
    const [file = '', ...args] = argv;
    const child = spawn(file, args, { env: LAB_ENV, stdio: [opts.stdin ?? 'ignore', 'pipe', 'ignore'] });
    const exited = new Promise<number | null>((resolve) => {
      child.on('error', () => resolve(127));
      child.on('close', (code) => resolve(code));
    });
    child.stdin?.on('error', () => undefined);
    return {
      pid: child.pid,
      stdin: child.stdin,
      stdout: child.stdout,
      exited,
      kill: (signal = 'SIGKILL') => void child.kill(signal),
    };
  },
};
