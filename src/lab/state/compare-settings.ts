/**
 * Sysctls and netfilter rules of every namespace present on both sides. Forwarding first and once:
 * `net.ipv4.ip_forward` also sets every `net.ipv4.conf.*.forwarding`, so when it differs the
 * per-interface values that follow from it are not reported again. Per-interface keys are compared
 * only for links that exist on both sides (a missing link is its own finding). A missing rule is
 * fixed by adding its table, chain and rule (`nft add` of an existing table or chain is harmless);
 * an extra one by flushing its chain and adding back the rules it should have.
 */
import { commandIn, nsLabel, type CompareContext } from './compare-context.js';
import type { NamespaceState } from './types.js';

/** Compare sysctls, then netfilter rules. */
export function compareSettings(ctx: CompareContext): void {
  for (const [ns, exp] of Object.entries(ctx.expected)) {
    const act = ctx.actual[ns];
    if (!act) continue;
    compareSysctls(ctx, ns, exp, act);
    compareNetfilter(ctx, ns, exp, act);
  }
}

/** The interface a per-interface key names (`net.ipv4.conf.veth0.forwarding` → `veth0`). */
function keyLink(key: string): string | undefined {
  const m = /^net\.ipv[46]\.conf\.([^.]+)\./.exec(key);
  const name = m?.[1]?.replace(/\//g, '.');
  return name === 'all' || name === 'default' ? undefined : name;
}

function compareSysctls(ctx: CompareContext, ns: string, exp: NamespaceState, act: NamespaceState): void {
  if (!exp.sysctls || !act.sysctls) return;
  const differs = (k: string) => exp.sysctls?.[k] !== undefined && exp.sysctls[k] !== act.sysctls?.[k];
  const v4 = differs('net.ipv4.ip_forward');
  const v6 = differs('net.ipv6.conf.all.forwarding');
  for (const [key, value] of Object.entries(exp.sysctls)) {
    const actual = act.sysctls[key];
    if (actual === undefined || actual === value) continue;
    const link = keyLink(key);
    if (link !== undefined && (!exp.links[link] || !act.links[link])) continue;
    if (v4 && key !== 'net.ipv4.ip_forward' && /^net\.ipv4\.conf\..*\.forwarding$/.test(key)) continue;
    if (v6 && key !== 'net.ipv6.conf.all.forwarding' && /^net\.ipv6\.conf\..*\.forwarding$/.test(key))
      continue;
    const forwarding = /forward/.test(key)
      ? ` — forwarding is ${value === '1' ? 'off' : 'on'} in ${nsLabel(ns)}`
      : '';
    ctx.diffs.push({
      path: `${ns}.sysctls.${key}`,
      expected: value,
      actual,
      explanation: `${key} is ${actual} in ${nsLabel(ns)}, expected ${value}${forwarding}`,
      hint: commandIn(ns, `sysctl -w ${key}=${value}`),
    });
  }
}

const chainOf = (rule: string): string => rule.slice(0, rule.indexOf(':'));
const bodyOf = (rule: string): string => rule.slice(rule.indexOf(':') + 2);

function compareNetfilter(ctx: CompareContext, ns: string, exp: NamespaceState, act: NamespaceState): void {
  if (!exp.netfilter) return;
  if (!act.netfilter) {
    if (exp.netfilter.length > 0) unreadable(ctx, ns);
    return;
  }
  const missing = exp.netfilter.filter((r) => !act.netfilter?.includes(r));
  const extra = act.netfilter.filter((r) => !exp.netfilter?.includes(r));
  const flushed = new Set(extra.map(chainOf));
  for (const chain of flushed) {
    const wanted = (exp.netfilter ?? []).filter((r) => chainOf(r) === chain);
    ctx.diffs.push({
      path: `${ns}.netfilter`,
      expected: wanted,
      actual: extra.filter((r) => chainOf(r) === chain),
      explanation: `unexpected netfilter rule in ${nsLabel(ns)}: ${extra.filter((r) => chainOf(r) === chain).join('; ')}`,
      hint: [`nft flush chain ${chain}`, ...wanted.map((r) => addRule(r, exp))]
        .map((c) => commandIn(ns, c))
        .join('; '),
    });
  }
  for (const rule of missing.filter((r) => !flushed.has(chainOf(r)))) {
    ctx.diffs.push({
      path: `${ns}.netfilter`,
      expected: rule,
      actual: null,
      explanation: `netfilter rule ${rule} is missing in ${nsLabel(ns)}`,
      hint: createChain(chainOf(rule), exp)
        .concat(addRule(rule, exp))
        .map((c) => commandIn(ns, c))
        .join('; '),
    });
  }
}

/** `nft add rule …`, or for a policy line `nft add chain … { type …; policy P; }`. */
function addRule(rule: string, exp: NamespaceState): string {
  const chain = chainOf(rule);
  const policy = /^policy (\w+)$/.exec(bodyOf(rule))?.[1];
  if (policy) return `nft add chain ${chain} '{ ${exp.chains?.[chain] ?? ''}policy ${policy};}'`;
  return `nft add rule ${chain} ${bodyOf(rule)}`;
}

/**
 * The table and (base) chain a rule needs: `nft add` leaves existing ones as they are. Declarations
 * are written `{ type … priority P;}`: hints are joined by `; `, which must not occur inside one.
 */
function createChain(chain: string, exp: NamespaceState): string[] {
  const [family = '', table = ''] = chain.split(' ');
  const decl = exp.chains?.[chain];
  return [`nft add table ${family} ${table}`, `nft add chain ${chain}${decl ? ` '{ ${decl}}'` : ''}`];
}

function unreadable(ctx: CompareContext, ns: string): void {
  ctx.diffs.push({
    path: `${ns}.netfilter`,
    expected: 'the ruleset',
    actual: null,
    explanation: `the netfilter rules of ${nsLabel(ns)} could not be read (is \`nft\` installed?)`,
  });
}
