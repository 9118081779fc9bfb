/**
 * A LabState in one short line per namespace, for the demo and the live check:
 * `host: lo up, veth0 down (peer direct_netns:veth1); veth0 10.200.0.2/24`, then what else the lab
 * compares when it is set: bridge ports, an mtu or ARP that is not the default, neighbours, rules,
 * sysctls set away from a fresh namespace's values, netfilter rules.
 */
import type { LabState, LinkState, NamespaceState } from './types.js';

const DEFAULT_MTU = new Set([1500, 65536]);
/** A fresh namespace's value of the sysctls that are on by default (the rest are 0). */
const ON_BY_DEFAULT = /\.(accept_redirects|send_redirects|icmp_echo_ignore_broadcasts|accept_ra)$/;

/** Sysctls set away from a fresh namespace's values; per-interface forwarding follows ip_forward. */
function setSysctls(s: NamespaceState): string[] {
  const entries = Object.entries(s.sysctls ?? {});
  const v4 = s.sysctls?.['net.ipv4.ip_forward'] === '1';
  return entries
    .filter(([k, v]) => v !== (ON_BY_DEFAULT.test(k) ? '1' : '0'))
    .filter(([k]) => !(v4 && /^net\.ipv4\.conf\..*\.forwarding$/.test(k)))
    .map(([k, v]) => `${k}=${v}`);
}

function linkText(name: string, l: LinkState): string {
  const state = !l.up ? 'down' : l.carrier ? 'up' : 'up, no carrier';
  const extra = [
    l.peer ? `peer ${l.peer}` : '',
    l.parent ? `on ${l.parent}` : '',
    l.master ? `port of ${l.master}` : '',
    l.mtu !== undefined && !DEFAULT_MTU.has(l.mtu) ? `mtu ${l.mtu}` : '',
    l.noarp ? 'arp off' : '',
    l.data?.id !== undefined ? `id ${l.data.id}` : '',
  ].filter(Boolean);
  return `${name} ${state}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/** Addresses, routes, rules, neighbours, sysctls set away from their defaults, netfilter rules. */
function extrasOf(s: NamespaceState): string[] {
  return [
    ...s.addresses,
    ...s.routes.map((r) => `route ${r}`),
    ...(s.rules ?? []).map((r) => `rule ${r}`),
    ...(s.neighbours ?? []).map((n) => `neighbour ${n}`),
    ...setSysctls(s),
    ...(s.netfilter ?? []).map((r) => `nft ${r}`),
  ];
}

/** One line per namespace: links with their state, then everything else that is set. */
export function formatState(state: LabState): string[] {
  return Object.entries(state).map(([ns, s]) => {
    const links = Object.entries(s.links).map(([n, l]) => linkText(n, l));
    const extra = extrasOf(s);
    return `${ns}: ${links.join(', ') || 'no links'}${extra.length ? `; ${extra.join(', ')}` : ''}`;
  });
}
