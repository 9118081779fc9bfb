/**
 * Addresses: a wrong prefix (`/16` for `/24`), an address on the wrong interface or in
 * the wrong namespace, with the wrong scope or flags, a missing one (unless its interface is already
 * reported missing), extras.
 */
import { commandIn, nsLabel, type CompareContext } from './compare-context.js';

interface Entry {
  ns: string;
  ifname: string;
  ip: string;
  prefix: string;
  /** What `ip addr add` takes after the device: `scope link`, `noprefixroute` (never `secondary`). */
  options: string;
  text: string;
}

function parseEntry(ns: string, text: string): Entry {
  const [ifname = '', cidr = '', ...rest] = text.split(' ');
  const [ip = '', prefix = ''] = cidr.split('/');
  const options = rest.filter((w) => w !== 'secondary').join(' ');
  return { ns, ifname, ip, prefix, options, text };
}

/** `ip addr add IP/P dev X [options]`. */
const addCommand = (e: Entry): string =>
  `ip addr add ${e.ip}/${e.prefix} dev ${e.ifname}${e.options ? ` ${e.options}` : ''}`;

const entriesOf = (ctx: CompareContext, side: 'expected' | 'actual'): Entry[] =>
  Object.entries(ctx[side]).flatMap(([ns, s]) => s.addresses.map((a) => parseEntry(ns, a)));

/** Compare the addresses of every namespace present on both sides. */
export function compareAddresses(ctx: CompareContext): void {
  const actual = entriesOf(ctx, 'actual');
  const expected = entriesOf(ctx, 'expected').filter((e) => ctx.actual[e.ns]);
  const has = (e: Entry) => actual.some((a) => a.ns === e.ns && a.text === e.text);
  const used = new Set<Entry>(actual.filter((a) => expected.some((e) => e.ns === a.ns && e.text === a.text)));
  for (const e of expected.filter((x) => !has(x))) {
    const found = actual.find((a) => a.ip === e.ip && !used.has(a));
    if (found) used.add(found);
    if (ctx.broken.has(`${e.ns}:${e.ifname}`)) continue;
    if (found) misplacedAddress(ctx, e, found);
    else missingAddress(ctx, e);
  }
  for (const a of actual.filter((x) => !used.has(x) && ctx.expected[x.ns])) {
    if (ctx.accounted.has(`${a.ns}:${a.ifname}`)) continue;
    ctx.diffs.push({
      path: `${a.ns}.addresses`,
      expected: null,
      actual: a.text,
      explanation: `unexpected address ${a.ip}/${a.prefix} on ${a.ifname} in ${nsLabel(a.ns)}`,
      hint: commandIn(a.ns, `ip addr del ${a.ip}/${a.prefix} dev ${a.ifname}`),
    });
  }
}

function misplacedAddress(ctx: CompareContext, e: Entry, a: Entry): void {
  const fix = `${commandIn(a.ns, `ip addr del ${a.ip}/${a.prefix} dev ${a.ifname}`)}; ${commandIn(e.ns, addCommand(e))}`;
  const samePlace = a.ns === e.ns && a.ifname === e.ifname;
  const explanation = !samePlace
    ? `${a.ip}/${a.prefix} is on ${a.ifname} in ${nsLabel(a.ns)}, but it belongs on ${e.ifname} in ${nsLabel(e.ns)}`
    : a.prefix !== e.prefix
      ? `${e.ifname} has ${a.ip}/${a.prefix} instead of ${e.ip}/${e.prefix} — the prefix length is wrong`
      : `${e.ifname} has ${a.ip}/${a.prefix} ${a.options || 'with no options'}, expected ${e.options || 'no options'} (${e.text})`;
  ctx.diffs.push({
    path: `${e.ns}.addresses`,
    expected: e.text,
    actual: a.ns === e.ns ? a.text : `${a.ns}: ${a.text}`,
    explanation,
    hint: fix,
  });
}

function missingAddress(ctx: CompareContext, e: Entry): void {
  const command = addCommand(e);
  ctx.diffs.push({
    path: `${e.ns}.addresses`,
    expected: e.text,
    actual: null,
    explanation: `${e.ifname} in ${nsLabel(e.ns)} has no address ${e.ip}/${e.prefix} — did you run \`${commandIn(e.ns, command)}\`?`,
    hint: commandIn(e.ns, command),
  });
}
