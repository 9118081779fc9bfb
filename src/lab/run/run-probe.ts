/**
 * Reachability probes inside the sandbox: a bounded ping (`-c 1 -W 1`) and a bounded HTTP request
 * (`curl --max-time 2`). Traffic never leaves the sandbox: its namespaces have no way out.
 */
import type { LabTools } from '../sandbox/preflight.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { inNamespace } from '../scenario/action-argv.js';
import type { ProbeOutcome } from '../state/types.js';

/** Where probes run: a sandbox, or the learner's machine for `lab check`. */
export type ProbeRunner = Pick<Sandbox, 'run'>;

/** The probe to run: kind, where from, and an address or URL. */
export type Probe = Pick<ProbeOutcome, 'kind' | 'ns' | 'target'>;

const firstLine = (s: string): string => s.trim().split('\n')[0] ?? '';

const CURL = [
  'curl',
  '--connect-timeout',
  '1',
  '--max-time',
  '2',
  '-sS',
  '-o',
  '/dev/null',
  '-w',
  '%{http_code}',
];

/** The bounded command a probe runs, in its namespace (the bench's shell floor runs the same). */
export function probeArgv(probe: Probe): string[] {
  const command =
    probe.kind === 'ping' ? ['ping', '-n', '-c', '1', '-W', '1', probe.target] : [...CURL, probe.target];
  return inNamespace(probe.ns, command);
}

async function ping(sandbox: ProbeRunner, probe: Probe): Promise<ProbeOutcome> {
  const r = await sandbox.run(probeArgv(probe), { timeoutMs: 3000 });
  const received = /(\d+) received/.exec(r.stdout)?.[0];
  const detail =
    r.code === 0 ? (received ?? 'reply received') : firstLine(r.stderr) || (received ?? 'no reply');
  return { kind: 'ping', ns: probe.ns, target: probe.target, reachable: r.code === 0, detail };
}

async function http(sandbox: ProbeRunner, probe: Probe): Promise<ProbeOutcome> {
  const r = await sandbox.run(probeArgv(probe), { timeoutMs: 4000 });
  const detail =
    r.code === 0 ? `HTTP ${r.stdout.trim()}` : firstLine(r.stderr) || `curl exit ${r.code ?? 'killed'}`;
  return { kind: 'http', ns: probe.ns, target: probe.target, reachable: r.code === 0, detail };
}

/** Run one probe; null when its tool is not installed. */
export function runProbe(sandbox: ProbeRunner, probe: Probe, tools: LabTools): Promise<ProbeOutcome | null> {
  if (probe.kind === 'ping') return tools.ping ? ping(sandbox, probe) : Promise.resolve(null);
  return tools.curl ? http(sandbox, probe) : Promise.resolve(null);
}

/** Run probes in parallel (they only read), keeping their order; missing tools drop out. */
export async function runProbes(
  sandbox: ProbeRunner,
  probes: Probe[],
  tools: LabTools,
): Promise<ProbeOutcome[]> {
  const outcomes = await Promise.all(probes.map((p) => runProbe(sandbox, p, tools)));
  return outcomes.filter((o): o is ProbeOutcome => o !== null);
}
