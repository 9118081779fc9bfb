/**
 * Compare a learner's state (and probe outcomes) with the reference, root cause first: namespaces,
 * then links (placement, typos, up, bridge ports, mtu, kind data), then addresses, routes, rules
 * and neighbours, then sysctls and netfilter rules, then probes, which name the first
 * state difference as their likely cause. Pure.
 */
import { compareAddresses } from './compare-addresses.js';
import { newContext } from './compare-context.js';
import { compareLinks } from './compare-links.js';
import { compareNamespaces } from './compare-namespaces.js';
import { compareRouting } from './compare-routing.js';
import { compareSettings } from './compare-settings.js';
import type { Difference, LabState, ProbeOutcome } from './types.js';

/** Differences of `actual` from `expected`; empty when they match. */
export function compareStates(expected: LabState, actual: LabState): Difference[] {
  const ctx = newContext(expected, actual);
  compareNamespaces(ctx);
  compareLinks(ctx);
  compareAddresses(ctx);
  compareRouting(ctx);
  compareSettings(ctx);
  return ctx.diffs;
}

const describeProbe = (p: Pick<ProbeOutcome, 'kind' | 'ns' | 'target'>): string =>
  `${p.kind === 'ping' ? 'ping' : 'HTTP'} from ${p.ns === 'host' ? 'the host namespace' : p.ns} to ${p.target}`;

/**
 * Probe differences: an expected outcome not met. `cause` (the first state difference) is named as
 * the likely reason; without one, the probe itself is the finding.
 */
export function compareProbes(
  expected: ProbeOutcome[],
  actual: ProbeOutcome[],
  cause?: Difference,
): Difference[] {
  const diffs: Difference[] = [];
  for (const e of expected) {
    const a = actual.find((x) => x.kind === e.kind && x.ns === e.ns && x.target === e.target);
    if (!a || a.reachable === e.reachable) continue;
    const what = `${describeProbe(e)} ${a.reachable ? 'succeeds' : 'fails'} (${a.detail}), expected it to ${e.reachable ? 'succeed' : 'fail'}`;
    const because = cause ? `, because ${cause.explanation.split(' — ')[0]}` : '';
    const server = e.kind === 'http' && e.reachable && !cause;
    diffs.push({
      path: `probe ${e.kind} ${e.ns}→${e.target}`,
      expected: e.reachable,
      actual: a.reachable,
      explanation: `${what}${because}`,
      ...(cause?.hint
        ? { hint: cause.hint }
        : server
          ? { hint: 'is nginx running in the namespace that owns the address?' }
          : {}),
    });
  }
  return diffs;
}
