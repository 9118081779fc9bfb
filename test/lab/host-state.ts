/**
 * What the lab must never change on the host: its named namespaces, its links, this process's
 * mount table, and lab-looking processes (nginx, unshare, nsenter, setpriv, our init).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ENV = { ...process.env, PATH: `/usr/sbin:/sbin:${process.env.PATH ?? ''}` };

function run(file: string, args: string[]): string {
  return execFileSync(file, args, { env: ENV, encoding: 'utf8' });
}

export interface HostState {
  netns: string;
  links: string[];
  mounts: string[];
  processes: string[];
}

/** Lab-looking processes (pid and command), excluding the ps itself. */
export function labProcesses(): string[] {
  return run('ps', ['-eo', 'pid=,args='])
    .split('\n')
    .filter((l) => /nginx|\bunshare\b|\bnsenter\b|\bsetpriv\b|bokseup-run/.test(l) && !/\bps -eo\b/.test(l))
    .map((l) => l.trim());
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
