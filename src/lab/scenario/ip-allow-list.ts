/**
 * The `ip` objects and verbs the lab understands, as an allow-list: each object's verbs in the order
 * iproute2 6.1 matches their abbreviations (`ip l s` is `link set`, `ip r del` is `route delete`),
 * each one either allowed (read-only or a change) or not in the table. Anything not listed here is
 * refused with the word that was not understood: `ip vrf exec`, `ip xfrm`, `ip … monitor`,
 * `ip addr save/restore`, `ip netns attach`. Arguments that make `ip` load a program or read a file
 * (`xdp … obj FILE`, `encap bpf`) are refused too.
 */

/** How a verb acts: only reads, or changes the lab's state. */
type VerbKind = 'read' | 'change';

const R: VerbKind = 'read';
const C: VerbKind = 'change';

/** Per object, its verbs in matching order; `null` marks a verb `ip` knows but the lab refuses. */
const VERBS: Record<string, [string, VerbKind | null][]> = {
  link: [['add', C], ['change', C], ['chg', C], ['replace', C], ['set', C], ['delete', C],
    ['show', R], ['lst', R], ['list', R], ['xstats', null], ['afstats', null], ['property', null], ['help', R]],
  address: [['add', C], ['change', C], ['chg', C], ['replace', C], ['delete', C], ['list', R],
    ['show', R], ['lst', R], ['flush', C], ['save', null], ['showdump', null], ['restore', null], ['help', R]],
  route: [['add', C], ['change', C], ['chg', C], ['replace', C], ['prepend', C], ['append', C],
    ['test', null], ['delete', C], ['list', R], ['show', R], ['lst', R], ['get', R], ['flush', C],
    ['showdump', null], ['save', null], ['restore', null], ['help', R]],
  rule: [['list', R], ['lst', R], ['show', R], ['save', null], ['restore', null], ['add', C],
    ['delete', C], ['flush', C], ['help', R]],
  neighbor: [['add', C], ['change', C], ['chg', C], ['replace', C], ['delete', C], ['list', R],
    ['show', R], ['lst', R], ['flush', C], ['get', R], ['help', R]],
  netns: [['list', R], ['list-id', R], ['monitor', null], ['add', C], ['attach', null], ['delete', C],
    ['set', C], ['identify', R], ['pids', R], ['exec', C], ['help', R]],
  // What the labs after NAT use (GRE/IPIP tunnels, nexthop groups, multicast addresses). Not tuntap:
  // the sandbox's root (the host's nobody) cannot open /dev/net/tun (measured: Permission denied).
  tunnel: [['add', C], ['change', C], ['chg', C], ['delete', C], ['show', R], ['lst', R], ['list', R],
    ['prl', null], ['6rd', null], ['help', R]],
  nexthop: [['list', R], ['show', R], ['lst', R], ['flush', C], ['add', C], ['replace', C],
    ['delete', C], ['get', R], ['bucket', null], ['help', R]],
  maddress: [['add', C], ['delete', C], ['list', R], ['show', R], ['lst', R], ['help', R]],
  netconf: [['show', R], ['list', R], ['help', R]],
}; // prettier-ignore
VERBS.neighbour = VERBS.neighbor ?? [];
VERBS.tunl = VERBS.tunnel ?? [];

/** Words that make `ip` load a BPF program or read a file. */
const LOADERS = new Set(['xdp', 'xdpgeneric', 'xdpdrv', 'xdpoffload', 'bpf', 'obj', 'object', 'pinned']);

/** A verb of an understood object: canonical name and whether it only reads. */
export type IpVerb = { ok: true; verb: string; readOnly: boolean } | { ok: false; reason: string };

/** Objects that are another object's second name. */
const ALIASES = new Set(['neighbour', 'tunl']);

/** The objects the lab understands (canonical names). */
export const IP_OBJECTS = Object.keys(VERBS);

/**
 * Check `ip OBJECT VERB ARGS…` against the allow-list. `object` is the canonical object (or null
 * when `ip` does not know the word); no verb means `show`.
 */
export function ipVerb(object: string | null, objectWord: string, rest: string[]): IpVerb {
  const verbs = object !== null && Object.hasOwn(VERBS, object) ? VERBS[object] : undefined;
  if (object === null || verbs === undefined) {
    const what = objectWord === '' ? 'an object' : `\`ip ${object ?? objectWord}\``;
    return {
      ok: false,
      reason: `the lab does not understand ${what}: it runs \`ip\` ${IP_OBJECTS.filter((o) => !ALIASES.has(o)).join(', ')}`,
    };
  }
  const word = rest[0];
  if (word === undefined) return { ok: true, verb: 'show', readOnly: true };
  const found = verbs.find(([v]) => v.startsWith(word));
  if (found?.[0] === 'monitor') return { ok: false, reason: `\`ip ${object} monitor\` never ends` };
  if (found === undefined || found[1] === null) {
    return { ok: false, reason: `the lab does not understand \`ip ${object} ${found?.[0] ?? word}\`` };
  }
  const loader = rest.find((w) => LOADERS.has(w));
  if (loader !== undefined)
    return { ok: false, reason: `\`${loader}\` (loading programs) is not allowed in the lab` };
  return { ok: true, verb: found[0], readOnly: found[1] === R };
}
