/**
 * A LabState in one short line per namespace, for the demo and the live check:
 * `host: lo up, veth0 down (peer direct_netns:veth1); veth0 10.200.0.2/24`.
 */
import type { LabState, LinkState } from './types.js';

function linkText(name: string, l: LinkState): string {
  const state = !l.up ? 'down' : l.carrier ? 'up' : 'up, no carrier';
  return `${name} ${state}${l.peer ? ` (peer ${l.peer})` : ''}`;
}

/** One line per namespace: links with their state, then addresses and routes. */
export function formatState(state: LabState): string[] {
  return Object.entries(state).map(([ns, s]) => {
    const links = Object.entries(s.links).map(([n, l]) => linkText(n, l));
    const extra = [...s.addresses, ...s.routes.map((r) => `route ${r}`)];
    return `${ns}: ${links.join(', ') || 'no links'}${extra.length ? `; ${extra.join(', ')}` : ''}`;
  });
}
