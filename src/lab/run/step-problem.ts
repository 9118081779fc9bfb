/**
 * Why a reference step cannot be checked, so that it is never passed: a kernel feature or program
 * the step needs is missing here (the environment's fault, exit 3, never the note's), one of the
 * note's own commands failed in the reference, the reference does not produce what the note shows,
 * or the step changes nothing the lab can see (then a learner who types nothing would pass). Pure.
 */
import type { Action, Expectation } from '../scenario/types.js';
import type { ProbeOutcome } from '../state/types.js';

/** A state-changing command of the note that did not succeed in the reference replay. */
export interface ReferenceFailure {
  command: string;
  line: number;
  output: string;
  /** What this machine lacks for it (a kernel feature, a program), when that is the cause. */
  missing?: string;
}

/** What this module reads of a reference step (replay-reference.ts's ReferenceStep). */
interface CheckedStep {
  number: number;
  failures: ReferenceFailure[];
  unmet: { expectation: Expectation; outcome: ProbeOutcome }[];
  changesNothing: boolean;
}

/** The kernel option behind each link type a lab may create. */
const KERNEL_OPTION: Record<string, [string, string]> = {
  vlan: ['VLAN', 'CONFIG_VLAN_8021Q'],
  bridge: ['bridge', 'CONFIG_BRIDGE'],
  veth: ['veth', 'CONFIG_VETH'],
  dummy: ['dummy interface', 'CONFIG_DUMMY'],
  vxlan: ['VXLAN', 'CONFIG_VXLAN'],
  macvlan: ['macvlan', 'CONFIG_MACVLAN'],
  ipvlan: ['ipvlan', 'CONFIG_IPVLAN'],
  bond: ['bonding', 'CONFIG_BONDING'],
  vrf: ['VRF', 'CONFIG_NET_VRF'],
  gre: ['GRE tunnel', 'CONFIG_NET_IPGRE'],
  ipip: ['IPIP tunnel', 'CONFIG_NET_IPIP'],
  wireguard: ['WireGuard', 'CONFIG_WIREGUARD'],
};

/** The link type an `ip link add … type KIND` creates. */
function linkType(action: Action): string | undefined {
  if (action.kind !== 'ip') return undefined;
  const at = action.args.indexOf('type');
  return at >= 0 ? action.args[at + 1] : undefined;
}

/** What this machine lacks, judging by a failed command's output, or undefined when it lacks nothing. */
export function missingFeature(action: Action, output: string, notRun?: string): string | undefined {
  if (notRun) return notRun;
  if (/Unknown device type/i.test(output)) {
    const kind = linkType(action) ?? 'unknown';
    const [what, option] = KERNEL_OPTION[kind] ?? [kind, `the kernel module for \`${kind}\` links`];
    return `this kernel has no ${what} support (${option})`;
  }
  const program = /failed to execute (\S+): No such file/.exec(output)?.[1];
  if (program) return `\`${program}\` is not installed`;
  if (/Protocol not supported|Operation not supported/i.test(output) && kindOf(action))
    return `this kernel does not support what \`${kindOf(action)}\` asks for`;
  return undefined;
}

const kindOf = (action: Action): string | undefined =>
  action.kind === 'ip' ? `ip ${action.args.slice(0, 2).join(' ')}` : undefined;

/** The first missing feature among steps up to `index` (a later step builds on earlier ones). */
export function missingBefore(reference: CheckedStep[], index: number): string | undefined {
  for (const s of reference.slice(0, index + 1)) {
    const f = s.failures.find((x) => x.missing);
    if (f?.missing) return `${f.missing}: step ${s.number} needs it for \`${f.command}\``;
  }
  return undefined;
}

/** Why step `s` of the reference cannot be checked, or null when it can. */
export function uncheckableReason(s: CheckedStep): string | null {
  const failed = s.failures[0];
  if (failed) {
    const out = failed.output.split('\n')[0] || 'no output';
    return `the note's own command \`${failed.command}\` (line ${failed.line}) fails here: ${out}`;
  }
  const unmet = s.unmet[0];
  if (unmet) {
    const e = unmet.expectation;
    return `the note shows \`${e.command}\` (line ${e.line}) ${e.reachable ? 'succeeding' : 'failing'}, but its own commands do not get there (${unmet.outcome.detail})`;
  }
  if (s.changesNothing) {
    return 'its commands change nothing the lab can observe, so an empty answer would pass';
  }
  return null;
}
