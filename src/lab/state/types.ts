/**
 * The lab's view of network state: what `ip -j` reports, reduced to what a learner controls.
 * Names, kind, up/carrier, mtu, `noarp`, bridge ports, a VLAN's id and parent, veth peers as
 * `ns:ifname`, the addresses a learner adds (with scope and flags), non-kernel routes of every table,
 * `ip rule`s, permanent neighbours; MACs, ifindexes, lifetimes and tentative flags are dropped, so
 * two runs of the same commands compare equal.
 */

/** The sandbox's root network namespace is called `host`; named namespaces keep their names. */
export const HOST_NS = 'host';

export interface LinkState {
  kind: string;
  up: boolean;
  carrier: boolean;
  /** For a veth: the other end as `namespace:ifname`. */
  peer?: string;
  mtu?: number;
  /** Set (true) when ARP is off (`ip link set X arp off`). */
  noarp?: boolean;
  /** The bridge (or bond) this link is a port of. */
  master?: string;
  /** The link a VLAN (macvlan, …) sits on, as `namespace:ifname`. */
  parent?: string;
  /** Kind-specific data that a lab sets: a VLAN's `id`, a bridge's `vlan_filtering`/`stp_state`. */
  data?: Record<string, string | number>;
}

export interface NamespaceState {
  links: Record<string, LinkState>;
  /** `ifname address/prefix`, sorted. */
  addresses: string[];
  /** Non-kernel routes as `[type] dst [via gw] [dev ifname] [table T] [metric M]`, sorted. */
  routes: string[];
  /** `ip rule`s besides the three defaults, as `ip rule add` would take them, sorted. */
  rules?: string[];
  /** Permanent neighbour entries as `ip lladdr mac dev ifname`, sorted. */
  neighbours?: string[];
  /** The sysctls a lab sets (state/normalise-settings.ts), key → value; absent when not read. */
  sysctls?: Record<string, string>;
  /** nftables rules as `family table chain: rule`, sorted; absent when `nft` could not read them. */
  netfilter?: string[];
  /** Base chains' declarations (`family table chain` → `type … priority …;`): not compared, for hints. */
  chains?: Record<string, string>;
}

/** Namespace name (`host` for the sandbox's root) → its state. */
export type LabState = Record<string, NamespaceState>;

/** What `ip -j -d` printed for one namespace: `addr show`, `route show table all`, `netns list-id`, … */
export interface RawNamespace {
  links: unknown[];
  routes: unknown[];
  nsids: unknown[];
  rules?: unknown[];
  neighbours?: unknown[];
  /** `sysctl -e KEY…` output, when it ran. */
  sysctl?: string;
  /** `nft list ruleset` output, when it ran. */
  nft?: string;
}

/** Raw snapshot: namespace name → its `ip -j` output. */
export type RawSnapshot = Record<string, RawNamespace>;

/** The outcome of one reachability probe. */
export interface ProbeOutcome {
  kind: 'ping' | 'http';
  ns: string;
  target: string;
  reachable: boolean;
  /** A short line of what happened (`1 received`, `Connection refused`). */
  detail: string;
}

/** One way the learner's state differs from the reference, explained root cause first. */
export interface Difference {
  /** Where: `namespaces`, `host.links.veth0.up`, `direct_netns.addresses`, `probe ping host→10.200.0.3`. */
  path: string;
  expected: unknown;
  actual: unknown;
  explanation: string;
  /** A command that would fix it, as the note would write it. */
  hint?: string;
}
