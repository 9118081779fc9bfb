/**
 * Reduce a raw `ip -j -d` snapshot to the comparable LabState (see state/types.ts). Pure.
 * Up and carrier come from the link flags (`UP`, `LOWER_UP`), never `operstate`, which lags.
 */
import { HOST_NS } from './types.js';
import type { LabState, LinkState, NamespaceState, RawNamespace, RawSnapshot } from './types.js';

interface IpLink {
  ifindex?: number;
  ifname?: string;
  flags?: string[];
  link_type?: string;
  link_index?: number;
  /** Same-namespace peer, by name (ip prints this instead of link_index). */
  link?: string;
  link_netnsid?: number;
  linkinfo?: { info_kind?: string };
  addr_info?: { local?: string; prefixlen?: number; scope?: string; family?: string }[];
}

interface IpRoute {
  dst?: string;
  gateway?: string;
  dev?: string;
  protocol?: string;
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
      if (a.scope === 'global' && a.local) addresses.push(`${l.ifname} ${a.local}/${a.prefixlen ?? ''}`);
    }
  }
  const routes = (r.routes as IpRoute[]).filter((rt) => rt.protocol !== 'kernel').map(routeText);
  return { links: sortKeys(links), addresses: addresses.sort(), routes: routes.sort() };
}

function linkState(ns: string, l: IpLink, r: RawNamespace, all: RawSnapshot): LinkState {
  const flags = l.flags ?? [];
  const kind = l.linkinfo?.info_kind ?? l.link_type ?? 'unknown';
  const state: LinkState = { kind, up: flags.includes('UP'), carrier: flags.includes('LOWER_UP') };
  if (kind === 'veth' && l.link) state.peer = `${ns}:${l.link}`;
  else if (kind === 'veth' && l.link_index !== undefined) state.peer = peerOf(ns, l, r, all);
  return state;
}

/** The veth's other end as `ns:ifname`, through `netns list-id` (an unnamed id seen from a named namespace is the root). */
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

function routeText(rt: IpRoute): string {
  return [rt.dst ?? 'default', rt.gateway ? `via ${rt.gateway}` : '', rt.dev ? `dev ${rt.dev}` : '']
    .filter(Boolean)
    .join(' ');
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
