/**
 * Shared bookkeeping of one state comparison: which findings are already explained by a root
 * cause, so their consequences are not reported again (a down veth explains its peer's missing
 * carrier; a missing namespace explains everything that should be inside it). Pure helpers too.
 */
import { HOST_NS } from './types.js';
import type { Difference, LabState } from './types.js';

export interface CompareContext {
  expected: LabState;
  actual: LabState;
  /** `ns:ifname` of actual links already explained (moved, typo'd): not reported as unexpected. */
  accounted: Set<string>;
  /** `ns:ifname` of expected links that are missing or misplaced: their addresses are not reported. */
  broken: Set<string>;
  /** `ns:ifname` whose missing carrier is explained by a down link. */
  carrierExplained: Set<string>;
  /** Expected namespaces that are missing (typo'd or never added). */
  missingNs: Set<string>;
  diffs: Difference[];
}

export function newContext(expected: LabState, actual: LabState): CompareContext {
  return {
    expected,
    actual,
    accounted: new Set(),
    broken: new Set(),
    carrierExplained: new Set(),
    missingNs: new Set(),
    diffs: [],
  };
}

/** `the host namespace` / `direct_netns`. */
export function nsLabel(ns: string): string {
  return ns === HOST_NS ? 'the host namespace' : ns;
}

/** A command as typed in namespace `ns` (`ip netns exec NS …` outside the host). */
export function commandIn(ns: string, command: string): string {
  return ns === HOST_NS ? command : `ip netns exec ${ns} ${command}`;
}

/** Commands joined by `; `, each as typed in namespace `ns`. */
export function commandsIn(ns: string, commands: string): string {
  return commands
    .split('; ')
    .map((c) => commandIn(ns, c))
    .join('; ');
}

/** `ip link set X netns …` target: a name, or `1` (PID 1's namespace) for the host. */
export function netnsTarget(ns: string): string {
  return ns === HOST_NS ? '1' : ns;
}

/** Split `ns:ifname`. */
export function splitPeer(peer: string): { ns: string; name: string } {
  const at = peer.lastIndexOf(':');
  return { ns: peer.slice(0, at), name: peer.slice(at + 1) };
}

/** Levenshtein distance, for typo'd names (`veth1` vs `vehth1`). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The closest name within 2 edits (a likely typo), or undefined. */
export function likelyTypo(name: string, candidates: string[]): string | undefined {
  const scored = candidates.map((c) => ({ c, d: editDistance(name, c) })).filter((s) => s.d > 0 && s.d <= 2);
  return scored.sort((x, y) => x.d - y.d)[0]?.c;
}
