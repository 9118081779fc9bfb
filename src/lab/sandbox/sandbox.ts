/**
 * A throwaway network sandbox: `setpriv --pdeathsig KILL unshare --user --map-root-user --net
 * --mount --pid --fork --kill-child --mount-proc --propagation private sh -c INIT`. Commands enter it
 * with `nsenter -t <init pid> -U -n -m -p`. Tied to our process twice: the kernel kills `unshare`
 * when we die (pdeathsig), and the init exits when its stdin pipe closes; the PID namespace then
 * takes every process started inside with it.
 *
 * Confinement: run as root, we first become `nobody` (65534) and only then create the user
 * namespace, so the sandbox's root is the host's `nobody`: it cannot read `/etc/shadow` nor write a
 * host file (its capabilities count only inside its own namespaces). Commands enter without
 * `--preserve-credentials`: with it, a root caller keeps host uid 0 inside and reads root's files by
 * their owner bits (measured: `/etc/shadow` was readable). Only where user namespaces are forbidden
 * (some containers) does `unconfined` run plain namespaces as root, with a warning.
 */
import { readFileSync } from 'node:fs';
import { sandboxInitScript } from './init-script.js';
import {
  realRunner,
  type LongProcess,
  type ProcessRunner,
  type RunOptions,
  type RunResult,
} from './process-runner.js';

/**
 * `root`: we are root; the sandbox is a user namespace owned by `nobody` (see the module comment).
 * `user`: we are an unprivileged user; a user namespace maps us to its root.
 * `unconfined`: we are root and user namespaces are forbidden here: plain namespaces, as root.
 */
export type SandboxMode = 'root' | 'user' | 'unconfined';

/** The host uid/gid a root caller's sandbox runs as. */
export const SANDBOX_HOST_ID = 65534;

export interface Sandbox {
  readonly mode: SandboxMode;
  /** Host PID of the sandbox's init. */
  readonly initPid: number;
  /** Run argv inside the sandbox (its root network namespace, mounts and PIDs). */
  run(argv: string[], opts?: RunOptions): Promise<RunResult>;
  /** Start a long-lived process inside the sandbox; it dies with the sandbox. */
  start(argv: string[]): LongProcess;
  /** Tear down: close the init's stdin, wait for it, kill it if it lingers. Idempotent. */
  close(): Promise<void>;
}

export interface SandboxOptions {
  mode: SandboxMode;
  runner?: ProcessRunner;
  /** Host PIDs of a process's children (default: /proc/PID/task/PID/children). */
  childrenOf?: (pid: number) => number[];
  /** How long setup may take (default 5000 ms). */
  timeoutMs?: number;
}

/** The argv that creates a sandbox running `sh -c script`. */
export function unshareArgv(mode: SandboxMode, script: string): string[] {
  const user = mode === 'unconfined' ? [] : ['--user', '--map-root-user'];
  // The uid change comes first: the kernel clears a pdeathsig set before a credential change.
  const drop =
    mode === 'root'
      ? ['setpriv', `--reuid=${SANDBOX_HOST_ID}`, `--regid=${SANDBOX_HOST_ID}`, '--clear-groups']
      : [];
  const ns = [
    '--net',
    '--mount',
    '--pid',
    '--fork',
    '--kill-child',
    '--mount-proc',
    '--propagation',
    'private',
  ];
  return [...drop, 'setpriv', '--pdeathsig', 'KILL', 'unshare', ...user, ...ns, 'sh', '-c', script];
}

/** The argv prefix that enters the sandbox whose init has host PID `initPid`. */
export function nsenterPrefix(mode: SandboxMode, initPid: number): string[] {
  const user = mode === 'root' ? ['-U'] : mode === 'user' ? ['-U', '--preserve-credentials'] : [];
  return ['nsenter', '-t', String(initPid), ...user, '-n', '-m', '-p', '--'];
}

function procChildren(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8');
  return text.trim().split(/\s+/).filter(Boolean).map(Number);
}

/** Create a sandbox and wait until its init reports `ready`. Throws with the init's message on failure. */
export async function createSandbox(opts: SandboxOptions): Promise<Sandbox> {
  const runner = opts.runner ?? realRunner;
  const holder = runner.start(unshareArgv(opts.mode, `exec 2>&1\n${sandboxInitScript()}`), { stdin: 'pipe' });
  const setup = await waitReady(holder, opts.timeoutMs ?? 5000);
  if (setup !== null) {
    holder.kill();
    throw new Error(`the lab sandbox could not start: ${setup || 'no answer from its init'}`);
  }
  const initPid = (opts.childrenOf ?? procChildren)(holder.pid ?? -1)[0];
  if (initPid === undefined) {
    holder.kill();
    throw new Error('the lab sandbox started but its init process was not found');
  }
  return sandboxOf(opts.mode, initPid, holder, runner);
}

/** Resolves null once the init printed `ready`, else with what it printed before failing. */
function waitReady(holder: LongProcess, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    let seen = '';
    const timer = setTimeout(() => resolve(`setup took longer than ${timeoutMs} ms`), timeoutMs);
    holder.stdout?.on('data', (d: Buffer) => {
      seen += d.toString('utf8');
      if (/(^|\n)ready\n/.test(seen)) {
        clearTimeout(timer);
        resolve(null);
      }
    });
    void holder.exited.then(() => {
      clearTimeout(timer);
      resolve(seen.replace(/(^|\n)ready\n/, '').trim());
    });
  });
}

function sandboxOf(mode: SandboxMode, initPid: number, holder: LongProcess, runner: ProcessRunner): Sandbox {
  const prefix = nsenterPrefix(mode, initPid);
  const background: LongProcess[] = [];
  let closing: Promise<void> | null = null;
  return {
    mode,
    initPid,
    run: (argv, runOpts) => runner.run([...prefix, ...argv], runOpts),
    start(argv) {
      const p = runner.start([...prefix, ...argv]);
      background.push(p);
      return p;
    },
    close() {
      closing ??= closeHolder(holder, background);
      return closing;
    },
  };
}

async function closeHolder(holder: LongProcess, background: LongProcess[]): Promise<void> {
  holder.stdin?.end();
  const timer = setTimeout(() => holder.kill('SIGKILL'), 2000);
  await holder.exited;
  clearTimeout(timer);
  for (const p of background) p.kill('SIGKILL');
  await Promise.all(background.map((p) => p.exited));
}
