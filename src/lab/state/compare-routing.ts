/**
 * Routes (every table), `ip rule`s and permanent neighbours of every namespace present on both sides.
 * A route to the right destination through the wrong gateway or device is one finding, fixed with
 * `ip route replace` (an `add` would say "File exists"); a neighbour with the wrong MAC likewise.
 */
import { commandIn, nsLabel, type CompareContext } from './compare-context.js';

/** A route's identity for the kernel: type, destination, table, metric (not gateway or device). */
export function routeKey(text: string): string {
  const words = text.split(' ');
  const keep: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (w === 'nexthop') break;
    if (['via', 'dev', 'src', 'weight'].includes(w)) i++;
    else if (w !== 'onlink') keep.push(w);
  }
  return keep.join(' ');
}

/** `ip neigh` entries are keyed by address and device. */
const neighbourKey = (text: string): string => text.replace(/ lladdr \S+/, '');

interface ListSpec {
  field: 'routes' | 'rules' | 'neighbours';
  what: string;
  key: (text: string) => string;
  add: (text: string) => string;
  replace: (text: string) => string;
  del: (text: string) => string;
}

const SPECS: ListSpec[] = [
  {
    field: 'routes',
    what: 'route',
    key: routeKey,
    add: (t) => `ip route add ${t}`,
    replace: (t) => `ip route replace ${t}`,
    del: (t) => `ip route del ${t}`,
  },
  {
    field: 'rules',
    what: 'rule',
    key: (t) => t,
    add: (t) => `ip rule add ${t}`,
    replace: (t) => `ip rule add ${t}`,
    del: (t) => `ip rule del ${t}`,
  },
  {
    field: 'neighbours',
    what: 'permanent neighbour',
    key: neighbourKey,
    add: (t) => `ip neigh replace ${t} nud permanent`,
    replace: (t) => `ip neigh replace ${t} nud permanent`,
    del: (t) => `ip neigh del ${neighbourKey(t)}`,
  },
];

/** Compare routes, rules and neighbours, in that order. */
export function compareRouting(ctx: CompareContext): void {
  for (const spec of SPECS) {
    for (const [ns, exp] of Object.entries(ctx.expected)) {
      const act = ctx.actual[ns];
      if (act) compareList(ctx, ns, spec, exp[spec.field] ?? [], act[spec.field] ?? []);
    }
  }
}

function compareList(ctx: CompareContext, ns: string, spec: ListSpec, exp: string[], act: string[]): void {
  const extra = act.filter((x) => !exp.includes(x));
  for (const e of exp.filter((x) => !act.includes(x))) {
    const instead = extra.find((a) => spec.key(a) === spec.key(e));
    if (instead !== undefined) extra.splice(extra.indexOf(instead), 1);
    ctx.diffs.push({
      path: `${ns}.${spec.field}`,
      expected: e,
      actual: instead ?? null,
      explanation: instead
        ? `${spec.what} ${spec.key(e)} in ${nsLabel(ns)} is \`${instead}\`, expected \`${e}\``
        : `${spec.what} ${e} is missing in ${nsLabel(ns)}`,
      hint: commandIn(ns, instead ? spec.replace(e) : spec.add(e)),
    });
  }
  for (const a of extra) {
    ctx.diffs.push({
      path: `${ns}.${spec.field}`,
      expected: null,
      actual: a,
      explanation: `unexpected ${spec.what} ${a} in ${nsLabel(ns)}`,
      hint: commandIn(ns, spec.del(a)),
    });
  }
}
