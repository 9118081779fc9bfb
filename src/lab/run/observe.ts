/**
 * Look at a sandbox: snapshot it, waiting briefly (≤ the settle window) while a veth whose both ends
 * are up still shows no carrier (the kernel raises it a moment after `link up`), then run probes.
 */
import type { LabTools } from '../sandbox/preflight.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { takeSnapshot } from './take-snapshot.js';
import type { LabState, ProbeOutcome } from '../state/types.js';
import { runProbes, type Probe } from './run-probe.js';

export interface Observation {
  state: LabState;
  probes: ProbeOutcome[];
}

/** True when no link waits for a carrier its up peer will bring. */
export function isSettled(state: LabState): boolean {
  for (const s of Object.values(state)) {
    for (const l of Object.values(s.links)) {
      if (!l.up || l.carrier || !l.peer) continue;
      const at = l.peer.lastIndexOf(':');
      const peer = state[l.peer.slice(0, at)]?.links[l.peer.slice(at + 1)];
      if (peer?.up) return false;
    }
  }
  return true;
}

/** Snapshot (settled, within `settleMs`) and probe the sandbox. */
export async function observe(
  sandbox: Sandbox,
  probes: Probe[],
  tools: LabTools,
  settleMs = 1500,
): Promise<Observation> {
  const deadline = Date.now() + settleMs;
  const exec = (argv: string[], opts?: { input?: string; timeoutMs?: number }) => sandbox.run(argv, opts);
  let state = await takeSnapshot(exec);
  while (!isSettled(state) && Date.now() < deadline) {
    await new Promise((res) => setTimeout(res, 50));
    state = await takeSnapshot(exec);
  }
  return { state, probes: await runProbes(sandbox, probes, tools) };
}
