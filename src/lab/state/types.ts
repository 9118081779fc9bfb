/**
 * The lab's view of network state: what `ip -j` reports, reduced to what a learner controls.
 * Names, kind, up/carrier, veth peers as `ns:ifname`, global addresses and non-kernel routes; MACs,
 * ifindexes, lifetimes and tentative flags are dropped, so two runs of the same commands compare equal.
 */

/** The sandbox's root network namespace is called `host`; named namespaces keep their names. */
export const HOST_NS = 'host';

export interface LinkState {
  kind: string;
  up: boolean;
  carrier: boolean;
  /** For a veth: the other end as `namespace:ifname`. */
  peer?: string;
}

export interface NamespaceState {
  links: Record<string, LinkState>;
  /** `ifname address/prefix`, sorted. */
  addresses: string[];
  /** Non-kernel routes as `dst [via gw] [dev ifname]`, sorted. */
  routes: string[];
}

/** Namespace name (`host` for the sandbox's root) → its state. */
export type LabState = Record<string, NamespaceState>;

/** What `ip -j -d` printed for one namespace: `addr show`, `route show`, `netns list-id`. */
export interface RawNamespace {
  links: unknown[];
  routes: unknown[];
  nsids: unknown[];
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
