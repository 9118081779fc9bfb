/**
 * What the lab must never change on the host: its named namespaces, its links, this process's
 * mount table, and lab-looking processes (nginx, unshare, nsenter, setpriv, our init) of this test
 * run only. Other suites and other people's tests run sandboxes at the same time, so a process
 * counts when it descends from this test process, or when it was orphaned (its parent is PID 1)
 * after this file started: a sandbox this suite leaked is reparented, and is still seen.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const ENV = { ...process.env, PATH: `/usr/sbin:/sbin:${process.env.PATH ?? ''}` };
const LAB_LOOKING = /nginx|\bunshare\b|\bnsenter\b|\bsetpriv\b|bokseup-run/;

function run(file: string, args: string[]): string {
  return execFileSync(file, args, { env: ENV, encoding: 'utf8' });
}

export interface HostState {
  netns: string;
  links: string[];
  mounts: string[];
  processes: string[];
}

interface Proc {
  pid: number;
  ppid: number;
  start: number;
  args: string;
}

/** Every process: pid, parent, start time (clock ticks since boot) and command line. */
function processTable(): Proc[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const args = readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
        return [{ pid: Number(d), ppid: Number(fields[1]), start: Number(fields[19]), args }];
      } catch {
        return []; // gone while we looked
      }
    });
}

const startedAt = processTable().find((p) => p.pid === process.pid)?.start ?? 0;

/** Ours: a descendant of this process, or an orphan born after this file started. */
function isOurs(p: Proc, byPid: Map<number, Proc>): boolean {
  if (p.ppid === 1) return p.start >= startedAt;
  for (let q: Proc | undefined = p; q !== undefined; q = byPid.get(q.ppid)) {
    if (q.ppid === process.pid) return true;
  }
  return false;
}

/** This run's lab-looking processes (pid and command). */
export function labProcesses(): string[] {
  const table = processTable();
  const byPid = new Map(table.map((p) => [p.pid, p]));
  return table.filter((p) => LAB_LOOKING.test(p.args) && isOurs(p, byPid)).map((p) => `${p.pid} ${p.args}`);
}

export function captureHost(): HostState {
  const links = JSON.parse(run('ip', ['-j', 'link'])) as { ifname: string; flags: string[] }[];
  return {
    netns: run('ip', ['netns', 'list']),
    links: links.map((l) => `${l.ifname} ${l.flags.join(',')}`),
    mounts: readFileSync('/proc/self/mountinfo', 'utf8')
      .split('\n')
      .map((l) => l.split(' ').slice(3, 6).join(' ')),
    processes: labProcesses(),
  };
}

/** Poll until the lab-looking processes equal `expected` (teardown is asynchronous in the kernel). */
export async function settleProcesses(expected: string[], ms = 3000): Promise<string[]> {
  const deadline = Date.now() + ms;
  let now = labProcesses();
  while (JSON.stringify(now) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    now = labProcesses();
  }
  return now;
}
