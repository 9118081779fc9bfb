/**
 * Addresses and routes: a wrong prefix (`/16` for `/24`), an address on the wrong interface or in
 * the wrong namespace, a missing one (unless its interface is already reported missing), extras.
 */
import { commandIn, nsLabel, type CompareContext } from './compare-context.js';

interface Entry {
  ns: string;
  ifname: string;
  ip: string;
  prefix: string;
  text: string;
}

function parseEntry(ns: string, text: string): Entry {
  const [ifname = '', cidr = ''] = text.split(' ');
  const [ip = '', prefix = ''] = cidr.split('/');
  return { ns, ifname, ip, prefix, text };
}

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
  const fix = `${commandIn(a.ns, `ip addr del ${a.ip}/${a.prefix} dev ${a.ifname}`)}; ${commandIn(e.ns, `ip addr add ${e.ip}/${e.prefix} dev ${e.ifname}`)}`;
  const samePlace = a.ns === e.ns && a.ifname === e.ifname;
  ctx.diffs.push({
    path: `${e.ns}.addresses`,
    expected: e.text,
    actual: a.ns === e.ns ? a.text : `${a.ns}: ${a.text}`,
    explanation: samePlace
      ? `${e.ifname} has ${a.ip}/${a.prefix} instead of ${e.ip}/${e.prefix} — the prefix length is wrong`
      : `${a.ip}/${a.prefix} is on ${a.ifname} in ${nsLabel(a.ns)}, but it belongs on ${e.ifname} in ${nsLabel(e.ns)}`,
    hint: fix,
  });
}

function missingAddress(ctx: CompareContext, e: Entry): void {
  const command = `ip addr add ${e.ip}/${e.prefix} dev ${e.ifname}`;
  ctx.diffs.push({
    path: `${e.ns}.addresses`,
    expected: e.text,
    actual: null,
    explanation: `${e.ifname} in ${nsLabel(e.ns)} has no address ${e.ip}/${e.prefix} — did you run \`${commandIn(e.ns, command)}\`?`,
    hint: commandIn(e.ns, command),
  });
}

/** Compare non-kernel routes of every namespace present on both sides. */
export function compareRoutes(ctx: CompareContext): void {
  for (const [ns, exp] of Object.entries(ctx.expected)) {
    const act = ctx.actual[ns];
    if (!act) continue;
    for (const r of exp.routes.filter((x) => !act.routes.includes(x))) {
      ctx.diffs.push({
        path: `${ns}.routes`,
        expected: r,
        actual: null,
        explanation: `route ${r} is missing in ${nsLabel(ns)}`,
        hint: commandIn(ns, `ip route add ${r}`),
      });
    }
    for (const r of act.routes.filter((x) => !exp.routes.includes(x))) {
      ctx.diffs.push({
        path: `${ns}.routes`,
        expected: null,
        actual: r,
        explanation: `unexpected route ${r} in ${nsLabel(ns)}`,
        hint: commandIn(ns, `ip route del ${r}`),
      });
    }
  }
}
