/**
 * Reduce a raw `ip -j -d` snapshot to the comparable LabState (see state/types.ts). Pure.
 * Up and carrier come from the link flags (`UP`, `LOWER_UP`), never `operstate`, which lags.
 * What the kernel makes by itself is dropped: `lo`'s loopback addresses, IPv6 link-local addresses,
 * `proto kernel` routes (the local table, prefix routes), the three default `ip rule`s.
 */
import { linkDetails, type IpLink } from './normalise-link.js';
import { neighbourText, routeText, ruleText } from './normalise-routing.js';
import { parseChains, parseRuleset, parseSysctl } from './normalise-settings.js';
import { HOST_NS } from './types.js';
import type { LabState, LinkState, NamespaceState, RawNamespace, RawSnapshot } from './types.js';

interface IpAddr {
  local?: string;
  prefixlen?: number;
  scope?: string;
  family?: string;
  secondary?: boolean;
  noprefixroute?: boolean;
}

const asLinks = (raw: RawNamespace): IpLink[] => raw.links as IpLink[];

/** Normalise every namespace of a raw snapshot. */
export function normaliseSnapshot(raw: RawSnapshot): LabState {
  const state: LabState = {};
  for (const [ns, r] of Object.entries(raw)) state[ns] = normaliseNamespace(ns, r, raw);
  return state;
}

function normaliseNamespace(ns: string, r: RawNamespace, all: RawSnapshot): NamespaceState {
  const links: Record<string, LinkState> = {};
  const addresses: string[] = [];
  for (const l of asLinks(r)) {
    if (!l.ifname) continue;
    links[l.ifname] = linkState(ns, l, r, all);
    for (const a of l.addr_info ?? []) {
      const text = addressText(l.ifname, a);
      if (text) addresses.push(text);
    }
  }
  const routes = (r.routes as Parameters<typeof routeText>[0][]).flatMap(routeText);
  const rules = ((r.rules ?? []) as Parameters<typeof ruleText>[0][]).flatMap(ruleText);
  const neighbours = ((r.neighbours ?? []) as Parameters<typeof neighbourText>[0][]).flatMap(neighbourText);
  return {
    links: sortKeys(links),
    addresses: addresses.sort(),
    routes: routes.sort(),
    rules: rules.sort(),
    neighbours: neighbours.sort(),
    ...(r.sysctl !== undefined ? { sysctls: parseSysctl(r.sysctl) } : {}),
    ...(r.nft !== undefined ? { netfilter: parseRuleset(r.nft), chains: parseChains(r.nft) } : {}),
  };
}

/** `ifname ip/prefix [scope S] [noprefixroute] [secondary]`, or null for a kernel-made address. */
export function addressText(ifname: string, a: IpAddr): string | null {
  if (!a.local) return null;
  if (a.family === 'inet6' && a.scope === 'link') return null; // fe80::/64, made at link up
  if (a.scope === 'host' && (a.local === '127.0.0.1' || a.local === '::1')) return null;
  const words = [ifname, `${a.local}/${a.prefixlen ?? ''}`];
  if (a.scope && a.scope !== 'global') words.push('scope', a.scope);
  if (a.noprefixroute) words.push('noprefixroute');
  if (a.secondary) words.push('secondary');
  return words.join(' ');
}

function linkState(ns: string, l: IpLink, r: RawNamespace, all: RawSnapshot): LinkState {
  const flags = l.flags ?? [];
  const kind = l.linkinfo?.info_kind ?? l.link_type ?? 'unknown';
  const state: LinkState = { kind, up: flags.includes('UP'), carrier: flags.includes('LOWER_UP') };
  const other = l.link ? `${ns}:${l.link}` : l.link_index !== undefined ? peerOf(ns, l, r, all) : undefined;
  if (kind === 'veth' && other) state.peer = other;
  else if (other) state.parent = other;
  return { ...state, ...linkDetails(l) };
}

/** The other link as `ns:ifname`, through `netns list-id` (an unnamed id seen from a named namespace is the root). */
function peerOf(ns: string, l: IpLink, r: RawNamespace, all: RawSnapshot): string {
  let peerNs = ns;
  if (l.link_netnsid !== undefined) {
    const ids = r.nsids as { nsid?: number; name?: string }[];
    const name = ids.find((i) => i.nsid === l.link_netnsid)?.name;
    peerNs = name ?? (ns === HOST_NS ? `nsid${l.link_netnsid}` : HOST_NS);
  }
  const there = all[peerNs];
  const peer = there ? asLinks(there).find((p) => p.ifindex === l.link_index) : undefined;
  return `${peerNs}:${peer?.ifname ?? `if${l.link_index}`}`;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
