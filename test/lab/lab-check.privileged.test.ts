/**
 * `lab check` on a learner's machine, played by a sandbox this test builds by hand (unshare, then
 * the bridge note's walkthrough as a shell script would type it): the machine is read, never
 * changed; the note's probes go only to the lab's own addresses there; a mistake gets the same
 * root-cause explanation and hint as `lab try`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMachine, preflight, type IpExec, type RunResult } from '../../src/lab/index.js';
import { suiteCanRun } from '../require-suite.js';
import { sampleLabNote, stepCommands } from './lab-note.js';

const pf = await preflight();
const ready = suiteCanRun(
  'lab check on a hand-built machine',
  pf.ok && pf.mode === 'root' && pf.tools.ping,
  pf.ok ? 'needs root and ping' : pf.reason,
);
const opts = pf.ok ? { environment: { mode: pf.mode, tools: pf.tools, warnings: pf.warnings } } : {};
const note = sampleLabNote('Linux 브리지 네트워크.md');
const ENV = { ...process.env, PATH: `/usr/sbin:/sbin:/usr/bin:/bin:${process.env.PATH ?? ''}` };

/** The machine: its own namespaces, /run and /sys; it dies with this process (stdin EOF, pdeathsig). */
function buildMachine(): ChildProcess {
  const init =
    'mount -t tmpfs tmpfs /run && mount -t sysfs sysfs /sys && ip link set lo up && echo ready && exec cat';
  const argv = ['--pdeathsig', 'KILL', 'unshare', '--net', '--mount', '--pid', '--fork', '--kill-child'];
  return spawn('setpriv', [...argv, '--mount-proc', '--propagation', 'private', 'sh', '-c', init], {
    env: ENV,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
}

/** The pid of the machine's first process (unshare's child), once it printed `ready`. */
async function machinePid(child: ChildProcess): Promise<number> {
  await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
  // setpriv execs unshare (same pid); unshare's child is the machine's first process.
  return Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim());
}

/** Run argv inside the machine, as a program on that machine would run. */
function inMachine(pid: number): IpExec {
  return (argv, o = {}) =>
    new Promise<RunResult>((resolve) => {
      const p = spawn('nsenter', ['-t', String(pid), '-n', '-m', '-p', '--', ...argv], { env: ENV });
      let stdout = '';
      let stderr = '';
      p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => p.kill('SIGKILL'), o.timeoutMs ?? 5000);
      p.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr, timedOut: code === null });
      });
      p.stdin.on('error', () => undefined); // a program that reads no stdin may close it first
      p.stdin.end(o.input ?? '');
    });
}

/** The note's commands of steps 1..5 as the learner typed them (no `sudo`), run one by one. */
async function walkThrough(exec: IpExec, skip: RegExp | null = null): Promise<void> {
  for (const step of [1, 2, 3, 4, 5]) {
    for (const text of stepCommands(note, step)) {
      const argv = text.replace(/^sudo /, '').split(' ');
      if (argv[0] === 'ping' || argv.includes('ping') || (skip && skip.test(text))) continue;
      const r = await exec(argv);
      expect(r.code, `${text}: ${r.stderr}`).toBe(0);
    }
  }
}

/** Everything `lab check` could change: links and addresses of every namespace of the machine. */
async function stateOf(exec: IpExec): Promise<string> {
  const parts = [(await exec(['ip', '-o', 'addr'])).stdout, (await exec(['ip', '-o', 'link'])).stdout];
  for (const ns of ['red', 'blue']) parts.push((await exec(['ip', '-n', ns, '-o', 'addr'])).stdout);
  // `tentative` clears by itself a moment after link up (duplicate address detection): not a change.
  return parts
    .join('\n')
    .replace(/ +\\ +valid_lft.*$/gm, '')
    .replace(/ tentative/g, '');
}

describe.skipIf(!ready)('lab check on a machine built by hand', () => {
  const machines: ChildProcess[] = [];
  const start = async (skip: RegExp | null = null): Promise<IpExec> => {
    const child = buildMachine();
    machines.push(child);
    const exec = inMachine(await machinePid(child));
    await walkThrough(exec, skip);
    // An address of the machine's own that the lab never uses: no probe may go there.
    await exec(['ip', 'link', 'add', 'eth9', 'type', 'dummy']);
    await exec(['ip', 'addr', 'add', '192.0.2.9/24', 'dev', 'eth9']);
    return exec;
  };
  afterAll(() => {
    for (const m of machines) m.stdin?.end();
  });

  let done: IpExec;
  beforeAll(async () => {
    done = await start();
  });

  it('passes a finished lab, reading it only: nothing on the machine changes', async () => {
    const sent: string[][] = [];
    const watched: IpExec = (argv, o) => {
      sent.push(argv);
      return done(argv, o);
    };
    const before = await stateOf(done);
    const v = await checkMachine(note, { ...opts, hostExec: watched });
    expect(v.differences).toEqual([]);
    expect(v.summary).toMatch(/^This machine matches the lab after step 5 .* and 2 checks pass$/);
    expect(await stateOf(done)).toBe(before);
    // Reads are `ip -j … -batch`; probes are pings to the lab's own addresses, from its namespaces.
    // The settings reads: `sysctl -e KEY…` (never -w), `nft list ruleset` and a bridge's
    // `bridge -j fdb show`, in a namespace or on the machine itself.
    const setting = (a: string[]) =>
      (a.includes('sysctl') && !a.includes('-w')) ||
      a.join(' ').endsWith('nft list ruleset') ||
      a.join(' ').endsWith('bridge -j fdb show');
    const probes = sent.filter((a) => a[0] !== 'ip' && !setting(a));
    expect(sent.filter((a) => a[0] === 'ip').every((a) => a.includes('-j'))).toBe(true);
    expect(probes.map((a) => [a[1], a[a.length - 1]]).sort()).toEqual([
      ['--net=/run/netns/blue', '10.10.0.11'],
      ['--net=/run/netns/red', '10.10.0.12'],
    ]);
    expect(sent.flat().some((w) => w.includes('192.0.2.9'))).toBe(false);
  });

  it('--step 4 compares with the reference after step 4 (the addresses of step 5 are too many)', async () => {
    const v = await checkMachine(note, { ...opts, hostExec: done, step: 4 });
    expect(v.step).toBe(4);
    expect(v.passed).toBe(false);
    expect(v.differences.map((d) => d.path).join(' ')).toMatch(/addresses/);
  });

  it('names a missing step as a usage error, before reading anything', async () => {
    const err = await checkMachine(note, { ...opts, hostExec: done, step: 9 }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/has no lab step 9 \(steps: 1, 2, 3, 4, 5\)/);
  });

  it('a link left down: the cause first with the fix, the failing ping explained by it', async () => {
    const exec = await start(/veth-blue up$/);
    const v = await checkMachine(note, { ...opts, hostExec: exec });
    expect(v.passed).toBe(false);
    expect(v.differences[0]?.explanation).toMatch(/^veth-blue is down/);
    expect(v.differences[0]?.hint).toBe('ip netns exec blue ip link set veth-blue up');
    const ping = v.differences.find((d) => d.path.startsWith('probe ping'));
    expect(ping?.explanation).toMatch(/fails .*because veth-blue is down/);
  });
});
