/**
 * A link that exists where it should, but differs in what was set on it: not a port of its bridge
 * (or a port of another), mtu, `arp off`, the parent of a VLAN, kind-specific data (a VLAN's id, a
 * bridge's VLAN filtering). Each with the command that fixes it in place.
 */
import { commandsIn, nsLabel, splitPeer, type CompareContext } from './compare-context.js';
import type { LinkState } from './types.js';

/** Kind data a command can change in place: `ip link set X type bridge KEY VALUE`. */
const SETTABLE: Record<string, string[]> = { bridge: ['vlan_filtering', 'stp_state'] };

/** Compare master, mtu, arp, parent and kind data of a link present on both sides. */
export function compareLinkDetails(
  ctx: CompareContext,
  ns: string,
  name: string,
  exp: LinkState,
  act: LinkState,
): void {
  const push = (field: string, explanation: string, hint?: string) =>
    ctx.diffs.push({
      path: `${ns}.links.${name}.${field}`,
      expected: exp[field as keyof LinkState] ?? null,
      actual: act[field as keyof LinkState] ?? null,
      explanation,
      ...(hint ? { hint: commandsIn(ns, hint) } : {}),
    });
  if (exp.master !== act.master) {
    // A bridge without its port has no carrier: this finding explains it.
    for (const m of [exp.master, act.master]) if (m) ctx.carrierExplained.add(`${ns}:${m}`);
    if (exp.master === undefined)
      push(
        'master',
        `${name} is a port of ${act.master ?? ''}, but it should not be`,
        `ip link set ${name} nomaster`,
      );
    else
      push(
        'master',
        `${name} is not a port of ${exp.master}${act.master ? ` (it is a port of ${act.master})` : ''} in ${nsLabel(ns)}`,
        `ip link set ${name} master ${exp.master}`,
      );
  }
  if (exp.mtu !== undefined && act.mtu !== undefined && exp.mtu !== act.mtu)
    push('mtu', `${name} has mtu ${act.mtu}, expected ${exp.mtu}`, `ip link set ${name} mtu ${exp.mtu}`);
  if (Boolean(exp.noarp) !== Boolean(act.noarp))
    push(
      'noarp',
      `${name} has ARP ${act.noarp ? 'off' : 'on'}, expected ${exp.noarp ? 'off' : 'on'}`,
      `ip link set ${name} arp ${exp.noarp ? 'off' : 'on'}`,
    );
  if (exp.parent !== act.parent && exp.kind === act.kind)
    push(
      'parent',
      `${name} sits on ${act.parent ?? 'no link'}, expected on ${exp.parent ?? 'no link'}`,
      recreate(name, exp),
    );
  compareData(ctx, ns, name, exp, act);
}

function compareData(ctx: CompareContext, ns: string, name: string, exp: LinkState, act: LinkState): void {
  if (exp.kind !== act.kind) return; // the kind difference is the finding
  const keys = new Set([...Object.keys(exp.data ?? {}), ...Object.keys(act.data ?? {})]);
  for (const key of keys) {
    const e = exp.data?.[key];
    const a = act.data?.[key];
    if (e === a) continue;
    const settable = SETTABLE[exp.kind]?.includes(key) && e !== undefined;
    ctx.diffs.push({
      path: `${ns}.links.${name}.data.${key}`,
      expected: e ?? null,
      actual: a ?? null,
      explanation: `${name} (${exp.kind}) has ${key} ${a ?? 'unset'}, expected ${e ?? 'unset'}`,
      hint: commandsIn(
        ns,
        settable ? `ip link set ${name} type ${exp.kind} ${key} ${e}` : recreate(name, exp),
      ),
    });
  }
}

/** Delete and add a link again (a VLAN's id and parent cannot be changed in place). */
function recreate(name: string, exp: LinkState): string {
  const parent = exp.parent ? `link ${splitPeer(exp.parent).name} ` : '';
  const id = exp.kind === 'vlan' && exp.data?.id !== undefined ? ` id ${exp.data.id}` : '';
  const up = exp.up ? `; ip link set ${name} up` : '';
  return `ip link del ${name}; ip link add ${parent}name ${name} type ${exp.kind}${id}${up}`;
}
