/**
 * Links, root cause first: a link in the wrong namespace (and the wrong veth end moved), a typo'd
 * name, a missing link, a link left down (which explains its own and its peer's missing carrier),
 * then peers and carriers that are still unexplained.
 */
import { HOST_NS } from './types.js';
import type { LinkState } from './types.js';
import {
  commandIn,
  likelyTypo,
  netnsTarget,
  nsLabel,
  splitPeer,
  type CompareContext,
} from './compare-context.js';
import { compareLinkDetails } from './compare-link-details.js';

/** Compare links of every namespace present on both sides. */
export function compareLinks(ctx: CompareContext): void {
  const both = Object.keys(ctx.expected).filter((ns) => ctx.actual[ns]);
  for (const ns of both) {
    for (const [name, exp] of Object.entries(ctx.expected[ns]?.links ?? {})) {
      const act = ctx.actual[ns]?.links[name];
      if (act) compareUp(ctx, ns, name, exp, act);
      else missingLink(ctx, ns, name, exp);
    }
  }
  for (const ns of both) {
    for (const [name, exp] of Object.entries(ctx.expected[ns]?.links ?? {})) {
      const act = ctx.actual[ns]?.links[name];
      if (act) compareLinkDetails(ctx, ns, name, exp, act);
    }
  }
  for (const ns of both) {
    for (const [name, exp] of Object.entries(ctx.expected[ns]?.links ?? {})) {
      const act = ctx.actual[ns]?.links[name];
      if (act) compareRest(ctx, ns, name, exp, act);
    }
    unexpectedLinks(ctx, ns);
  }
}

function missingLink(ctx: CompareContext, ns: string, name: string, exp: LinkState): void {
  const key = `${ns}:${name}`;
  if (ctx.broken.has(key) || ctx.accounted.has(key)) return; // already explained by another finding
  ctx.broken.add(key);
  const elsewhere = Object.keys(ctx.actual).find(
    (m) => m !== ns && ctx.actual[m]?.links[name] && !ctx.expected[m]?.links[name],
  );
  if (elsewhere !== undefined) return misplacedLink(ctx, ns, name, exp, elsewhere);
  const extras = Object.keys(ctx.actual[ns]?.links ?? {}).filter(
    (l) =>
      !ctx.expected[ns]?.links[l] &&
      !ctx.accounted.has(`${ns}:${l}`) &&
      ctx.actual[ns]?.links[l]?.kind === exp.kind,
  );
  const typo = likelyTypo(name, extras);
  if (typo) ctx.accounted.add(`${ns}:${typo}`);
  const create =
    exp.kind === 'veth' && exp.peer
      ? `ip link add ${name} type veth peer name ${splitPeer(exp.peer).name}`
      : undefined;
  ctx.diffs.push({
    path: `${ns}.links.${name}`,
    expected: exp,
    actual: typo ? { name: typo } : null,
    explanation: typo
      ? `${name} is missing from ${nsLabel(ns)}, but ${typo} exists there — a typo for ${name}?`
      : `${name} is missing from ${nsLabel(ns)}`,
    ...(typo ? { hint: renameBack(ns, typo, name, ctx) } : create ? { hint: create } : {}),
  });
}

/** Rename a typo'd link back (a link must be down to be renamed; deleting a veth end loses the pair). */
function renameBack(ns: string, typo: string, name: string, ctx: CompareContext): string {
  const up = ctx.actual[ns]?.links[typo]?.up;
  const steps = up
    ? [`ip link set ${typo} down`, `ip link set ${typo} name ${name}`, `ip link set ${name} up`]
    : [`ip link set ${typo} name ${name}`];
  return steps.map((c) => commandIn(ns, c)).join('; ');
}

function misplacedLink(ctx: CompareContext, ns: string, name: string, exp: LinkState, where: string): void {
  ctx.accounted.add(`${where}:${name}`);
  const peer = exp.peer ? splitPeer(exp.peer) : undefined;
  const swapped =
    peer && peer.ns === where && ctx.actual[ns]?.links[peer.name] && !ctx.expected[ns]?.links[peer.name];
  const move = commandIn(where, `ip link set ${name} netns ${netnsTarget(ns)}`);
  if (peer && swapped) {
    ctx.accounted.add(`${ns}:${peer.name}`);
    ctx.broken.add(`${where}:${peer.name}`);
    // Name the end that left the host namespace as the one moved by mistake.
    const [moved, at, other, stayed] =
      where !== HOST_NS ? [name, where, peer.name, ns] : [peer.name, ns, name, where];
    ctx.diffs.push({
      path: `${ns}.links.${name}`,
      expected: { [name]: ns, [peer.name]: where },
      actual: { [name]: where, [peer.name]: ns },
      explanation: `the wrong end of the veth pair was moved: ${moved} is in ${nsLabel(at)} and ${other} stayed in ${nsLabel(stayed)}; move ${other}, not ${moved}`,
      hint: `${commandIn(at, `ip link set ${moved} netns ${netnsTarget(stayed)}`)}; ${commandIn(stayed, `ip link set ${other} netns ${netnsTarget(at)}`)}`,
    });
    return;
  }
  ctx.diffs.push({
    path: `${ns}.links.${name}`,
    expected: { [name]: ns },
    actual: { [name]: where },
    explanation: `${name} is in ${nsLabel(where)}, but it belongs in ${nsLabel(ns)}`,
    hint: move,
  });
}

function compareUp(ctx: CompareContext, ns: string, name: string, exp: LinkState, act: LinkState): void {
  if (exp.kind !== act.kind) {
    ctx.diffs.push({
      path: `${ns}.links.${name}.kind`,
      expected: exp.kind,
      actual: act.kind,
      explanation: `${name} is a ${act.kind} link, expected ${exp.kind}`,
    });
  }
  if (!exp.up || act.up) return;
  ctx.carrierExplained.add(`${ns}:${name}`);
  if (exp.peer) ctx.carrierExplained.add(exp.peer);
  const command = `ip link set ${name} up`;
  ctx.diffs.push({
    path: `${ns}.links.${name}.up`,
    expected: true,
    actual: false,
    explanation: `${name} is down — did you run \`${command}\` in ${nsLabel(ns)}?`,
    hint: commandIn(ns, command),
  });
}

function compareRest(ctx: CompareContext, ns: string, name: string, exp: LinkState, act: LinkState): void {
  const peerExplained = (p?: string) =>
    !p || ctx.broken.has(p) || ctx.accounted.has(p) || ctx.missingNs.has(splitPeer(p).ns);
  if (exp.peer !== act.peer && !peerExplained(exp.peer) && !peerExplained(act.peer)) {
    ctx.diffs.push({
      path: `${ns}.links.${name}.peer`,
      expected: exp.peer,
      actual: act.peer ?? null,
      explanation: `${name}'s peer is ${act.peer ?? 'none'}, expected ${exp.peer ?? 'none'}`,
    });
  }
  if (
    exp.carrier &&
    !act.carrier &&
    act.up &&
    !ctx.carrierExplained.has(`${ns}:${name}`) &&
    !peerExplained(exp.peer)
  ) {
    ctx.diffs.push({
      path: `${ns}.links.${name}.carrier`,
      expected: true,
      actual: false,
      explanation: act.peer
        ? `${name} is up but has no carrier: its peer ${act.peer} is down`
        : `${name} is up but has no carrier`,
      ...(act.peer
        ? { hint: commandIn(splitPeer(act.peer).ns, `ip link set ${splitPeer(act.peer).name} up`) }
        : {}),
    });
  }
}

function unexpectedLinks(ctx: CompareContext, ns: string): void {
  for (const name of Object.keys(ctx.actual[ns]?.links ?? {})) {
    if (ctx.expected[ns]?.links[name] || ctx.accounted.has(`${ns}:${name}`)) continue;
    ctx.diffs.push({
      path: `${ns}.links.${name}`,
      expected: null,
      actual: ctx.actual[ns]?.links[name],
      explanation: `unexpected link ${name} in ${nsLabel(ns)}`,
      hint: commandIn(ns, `ip link del ${name}`),
    });
  }
}
