/**
 * Routes, rules and neighbours as the words `ip route add`, `ip rule add` and `ip neigh add` take,
 * so a difference reads as the command that fixes it. Kernel-made entries give nothing: `proto
 * kernel` routes (prefix routes, the local table), the three default rules, non-permanent
 * neighbours. Each function returns [] or [text], for flatMap. Pure.
 */

/** One route as `ip -j route show table all` prints it. */
export interface IpRoute {
  type?: string;
  dst?: string;
  gateway?: string;
  dev?: string;
  protocol?: string;
  table?: string;
  metric?: number;
  prefsrc?: string;
  flags?: string[];
  nexthops?: { gateway?: string; dev?: string; weight?: number }[];
}

/** `[type] dst [via gw] [dev X] [onlink] [src S] [table T] [metric M] [nexthop …]`. */
export function routeText(rt: IpRoute): string[] {
  if (rt.protocol === 'kernel') return [];
  const words: string[] = [];
  if (rt.type && rt.type !== 'unicast') words.push(rt.type);
  words.push(rt.dst ?? 'default');
  if (rt.gateway) words.push('via', rt.gateway);
  if (rt.dev) words.push('dev', rt.dev);
  if ((rt.flags ?? []).includes('onlink')) words.push('onlink');
  if (rt.prefsrc) words.push('src', rt.prefsrc);
  if (rt.table && rt.table !== 'main') words.push('table', rt.table);
  if (rt.metric) words.push('metric', String(rt.metric));
  for (const n of rt.nexthops ?? []) {
    words.push('nexthop', ...(n.gateway ? ['via', n.gateway] : []), ...(n.dev ? ['dev', n.dev] : []));
    if (n.weight && n.weight !== 1) words.push('weight', String(n.weight));
  }
  return [words.join(' ')];
}

/** One rule as `ip -j rule show` prints it. */
export interface IpRule {
  priority?: number;
  not?: null | boolean;
  src?: string;
  srclen?: number;
  dst?: string;
  dstlen?: number;
  iif?: string;
  oif?: string;
  fwmark?: string;
  fwmask?: string;
  table?: string;
  action?: string;
  protocol?: string;
}

const DEFAULT_RULES = new Set(['0 local', '32766 main', '32767 default']);

const prefixOf = (addr?: string, len?: number): string | undefined =>
  addr === undefined || addr === 'all' ? undefined : len !== undefined ? `${addr}/${len}` : addr;

/** `priority P [not] [from S] [to D] [iif X] [oif Y] [fwmark M[/K]] lookup T|ACTION`. */
export function ruleText(r: IpRule): string[] {
  const src = prefixOf(r.src, r.srclen);
  const dst = prefixOf(r.dst, r.dstlen);
  const plain = !src && !dst && !r.iif && !r.oif && !r.fwmark;
  if (plain && DEFAULT_RULES.has(`${r.priority ?? ''} ${r.table ?? ''}`)) return [];
  const words = ['priority', String(r.priority ?? 0)];
  if (r.not !== undefined && r.not !== false) words.push('not');
  if (src) words.push('from', src);
  if (dst) words.push('to', dst);
  if (r.iif) words.push('iif', r.iif);
  if (r.oif) words.push('oif', r.oif);
  if (r.fwmark) words.push('fwmark', r.fwmask ? `${r.fwmark}/${r.fwmask}` : r.fwmark);
  if (r.table) words.push('lookup', r.table);
  else if (r.action) words.push(r.action);
  return [words.join(' ')];
}

/** One neighbour as `ip -j neigh show nud permanent` prints it. */
export interface IpNeighbour {
  dst?: string;
  dev?: string;
  lladdr?: string;
  state?: string[];
}

/** `ip lladdr MAC dev X` for a permanent entry (what `ip neigh add … nud permanent` makes). */
export function neighbourText(n: IpNeighbour): string[] {
  if (!n.dst || !(n.state ?? []).includes('PERMANENT')) return [];
  return [[n.dst, ...(n.lladdr ? ['lladdr', n.lladdr] : []), ...(n.dev ? ['dev', n.dev] : [])].join(' ')];
}
