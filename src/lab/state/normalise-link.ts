/**
 * The parts of an `ip -j -d link` entry beyond kind and up/carrier that a lab sets: mtu, the `arp
 * off` flag, the bridge a link is a port of, and the kind-specific data that changes behaviour (a
 * VLAN's id, a bridge's VLAN filtering and STP, a VXLAN's id and endpoints). Pure.
 */
import type { LinkState } from './types.js';

/** One link as `ip -j -d link`/`addr show` prints it (the fields the lab reads). */
export interface IpLink {
  ifindex?: number;
  ifname?: string;
  flags?: string[];
  mtu?: number;
  master?: string;
  link_type?: string;
  link_index?: number;
  /** Same-namespace peer or parent, by name (ip prints this instead of link_index). */
  link?: string;
  link_netnsid?: number;
  linkinfo?: { info_kind?: string; info_data?: Record<string, unknown> };
  addr_info?: { local?: string; prefixlen?: number; scope?: string; family?: string }[];
}

/** Per kind, the `info_data` keys a lab's commands set (the rest is timers, counters, defaults). */
const DATA_KEYS: Record<string, string[]> = {
  vlan: ['id', 'protocol'],
  bridge: ['vlan_filtering', 'stp_state', 'vlan_protocol'],
  vxlan: ['id', 'remote', 'local', 'group', 'port'],
  macvlan: ['mode'],
  ipvlan: ['mode'],
  bond: ['mode'],
  vrf: ['table'],
  gre: ['remote', 'local'],
  ipip: ['remote', 'local'],
};

/** The kind-specific data that matters, or undefined when the kind has none. */
export function kindData(l: IpLink): Record<string, string | number> | undefined {
  const kind = l.linkinfo?.info_kind ?? '';
  const info = l.linkinfo?.info_data ?? {};
  const data: Record<string, string | number> = {};
  for (const key of DATA_KEYS[kind] ?? []) {
    const v = info[key];
    if (typeof v === 'string' || typeof v === 'number') data[key] = v;
  }
  return Object.keys(data).length > 0 ? data : undefined;
}

/** mtu, `noarp`, `master` and kind data of a link (only the fields that are present). */
export function linkDetails(l: IpLink): Partial<LinkState> {
  const details: Partial<LinkState> = {};
  if (l.mtu !== undefined) details.mtu = l.mtu;
  if ((l.flags ?? []).includes('NOARP') && l.link_type !== 'loopback') details.noarp = true;
  if (l.master) details.master = l.master;
  const data = kindData(l);
  if (data) details.data = data;
  return details;
}
