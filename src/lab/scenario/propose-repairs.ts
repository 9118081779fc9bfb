/**
 * When the note's own commands do not produce what the note shows (the seed's step 5 shows ping
 * succeeding but never brings the veth pair up), propose the missing commands: every link on the
 * probe's path that is down — the probing namespace's addressed links, the link owning the target
 * address, their veth peers, and `lo` for loopback targets. Pure.
 */
import type { LabState } from '../state/types.js';
import type { Action, Expectation } from './types.js';

function hostOf(target: string): string {
  const m = /^(?:[a-z]+:\/\/)?(\[[^\]]+\]|[^/:]+)/i.exec(target);
  return (m?.[1] ?? target).replace(/^\[|\]$/g, '');
}

/** `ns:ifname` of links that should be up for `e` to succeed. */
function pathLinks(state: LabState, e: Expectation): string[] {
  const ip = hostOf(e.target);
  const keys: string[] = [];
  if (ip.startsWith('127.') || ip === 'localhost' || ip === '::1') keys.push(`${e.ns}:lo`);
  for (const [ns, s] of Object.entries(state)) {
    for (const a of s.addresses) {
      const [ifname = '', cidr = ''] = a.split(' ');
      if (cidr.split('/')[0] === ip || ns === e.ns) keys.push(`${ns}:${ifname}`);
    }
  }
  const peers = keys.map((k) => {
    const [ns = '', name = ''] = splitKey(k);
    return state[ns]?.links[name]?.peer;
  });
  return [...new Set([...keys, ...peers.filter((p): p is string => p !== undefined)])];
}

function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}

/** Commands (as Actions) that bring up the down links on the paths of the failing expectations. */
export function proposeRepairs(state: LabState, failing: Expectation[]): Action[] {
  const keys = new Set(failing.filter((e) => e.reachable).flatMap((e) => pathLinks(state, e)));
  const actions: Action[] = [];
  for (const key of keys) {
    const [ns, name] = splitKey(key);
    const link = state[ns]?.links[name];
    if (link && !link.up)
      actions.push({ kind: 'ip', ns, args: ['link', 'set', name, 'up'], readOnly: false });
  }
  return actions;
}
