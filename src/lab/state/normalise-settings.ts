/**
 * The kernel settings of a namespace beyond `ip`: the sysctls a lab sets (forwarding above all) and
 * the netfilter rules (`nft list ruleset`, which is also what `iptables-nft` writes). Rules become
 * `family table chain: rule` lines with counters and comments dropped, base chains with a policy
 * other than accept add `family table chain: policy drop`; empty chains and tables, which change
 * nothing, give nothing (`iptables -L` may create them). Pure.
 */

/** The sysctls read in every namespace: the ones a routing or NAT lab sets. */
export const NAMESPACE_SYSCTLS = [
  'net.ipv4.ip_forward',
  'net.ipv4.conf.all.forwarding',
  'net.ipv4.conf.all.rp_filter',
  'net.ipv4.conf.all.proxy_arp',
  'net.ipv4.conf.all.accept_redirects',
  'net.ipv4.conf.all.send_redirects',
  'net.ipv4.icmp_echo_ignore_all',
  'net.ipv6.conf.all.forwarding',
  'net.ipv6.conf.all.disable_ipv6',
];

/** The per-interface sysctls read for each link but `lo` (a `.` in a name is `/` in a key). */
export function linkSysctls(ifname: string): string[] {
  const i = ifname.replace(/\./g, '/');
  return [
    `net.ipv4.conf.${i}.forwarding`,
    `net.ipv4.conf.${i}.rp_filter`,
    `net.ipv4.conf.${i}.proxy_arp`,
    `net.ipv6.conf.${i}.forwarding`,
    `net.ipv6.conf.${i}.disable_ipv6`,
  ];
}

/** `key = value` lines of `sysctl -e KEY…` → key → value (unknown keys are simply absent). */
export function parseSysctl(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const m = /^([\w./-]+)\s*=\s*(.*)$/.exec(line.trim());
    if (m?.[1]) out[m[1]] = (m[2] ?? '').replace(/\s+/g, ' ');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A rule as it compares: counters and trailing comments dropped, spaces collapsed. */
function ruleWords(line: string): string {
  return line
    .replace(/\bcounter packets \d+ bytes \d+/g, '')
    .replace(/\bcounter\b/g, '')
    .replace(/\s+#.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `nft list ruleset` text → sorted `family table chain: rule` lines. */
export function parseRuleset(text: string): string[] {
  return parseRulesetWithChains(text).rules;
}

/** Base chains' declarations (`family table chain` → `type … priority …;`), for hints that create them. */
export function parseChains(text: string): Record<string, string> {
  return parseRulesetWithChains(text).chains;
}

function parseRulesetWithChains(text: string): { rules: string[]; chains: Record<string, string> } {
  const out: string[] = [];
  const chains: Record<string, string> = {};
  let table = '';
  let block = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const t = /^table (\S+) (\S+) \{$/.exec(line);
    if (t) table = `${t[1]} ${t[2]}`;
    else if (/^(chain|set|map|flowtable) \S+ \{$/.test(line)) block = line.slice(0, -2);
    else if (line === '}' && block) block = '';
    else if (line === '}') table = '';
    else if (block.startsWith('chain ')) chainLine(out, chains, `${table} ${block.slice(6)}`, line);
    else if (block) out.push(`${table} ${block}: ${ruleWords(line)}`);
  }
  return { rules: out.sort(), chains };
}

function chainLine(out: string[], chains: Record<string, string>, where: string, line: string): void {
  if (line.startsWith('type ')) {
    chains[where] = line
      .replace(/\s*policy \w+;/, '')
      .replace(/;\s+/g, ';')
      .trim();
    const policy = /policy (\w+);/.exec(line)?.[1];
    if (policy && policy !== 'accept') out.push(`${where}: policy ${policy}`);
    return;
  }
  const rule = ruleWords(line);
  if (rule) out.push(`${where}: ${rule}`);
}
