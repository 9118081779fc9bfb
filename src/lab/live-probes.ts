/**
 * Which of a step's probes `lab check` may send on the learner's own machine: only to an address
 * that one of the lab's own links carries there right now (the live state, already limited to the
 * names the lab uses), or to loopback from inside one of the lab's named namespaces. Never to the
 * machine's other addresses, its own loopback (the user's services live there), or the network.
 */
import { HOST_NS } from './scenario/types.js';
import type { LabState, ProbeOutcome } from './state/types.js';

/** A probe to send, or one held back with the reason. */
export interface LiveProbes {
  send: ProbeOutcome[];
  held: { command: string; reason: string }[];
}

/** The host part of a probe target: a ping's address, or a URL's host (`10.0.0.3`, `http://10.0.0.3:80/`). */
export function probeHost(probe: Pick<ProbeOutcome, 'kind' | 'target'>): string {
  if (probe.kind === 'ping') return probe.target;
  try {
    const url = new URL(
      /^[a-z][a-z0-9+.-]*:\/\//i.test(probe.target) ? probe.target : `http://${probe.target}`,
    );
    return url.hostname.replace(/^\[|\]$/g, '');
  } catch {
    return probe.target;
  }
}

const isLoopback = (host: string): boolean => /^127\./.test(host) || host === '::1' || host === 'localhost';

/** Every address (without its prefix length) on the lab's links in `live`. */
function labAddresses(live: LabState): Set<string> {
  const out = new Set<string>();
  for (const s of Object.values(live))
    for (const a of s.addresses) out.add((a.split(' ')[1] ?? '').split('/')[0] ?? '');
  return out;
}

const describe = (p: ProbeOutcome): string =>
  `${p.kind === 'ping' ? 'ping' : 'curl'} ${p.target}${p.ns === HOST_NS ? '' : ` (in ${p.ns})`}`;

/** Split the reference's probes into those safe to send on this machine and those held back. */
export function liveProbes(probes: readonly ProbeOutcome[], live: LabState): LiveProbes {
  const ours = labAddresses(live);
  const out: LiveProbes = { send: [], held: [] };
  for (const p of probes) {
    const host = probeHost(p);
    if (isLoopback(host) && p.ns !== HOST_NS && live[p.ns]) out.send.push(p);
    else if (!isLoopback(host) && ours.has(host)) out.send.push(p);
    else {
      const reason = isLoopback(host)
        ? "not sent: this machine's own loopback may run other services"
        : `not sent: ${host} is not an address of the lab's links on this machine`;
      out.held.push({ command: describe(p), reason });
    }
  }
  return out;
}
