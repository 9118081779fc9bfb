import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareStates, normaliseSnapshot, type LabState, type RawSnapshot } from '../../src/lab/index.js';

// Captured from real `ip -j -d -batch` in a test-made namespace: a bridge br0 with port v0 (mtu
// 1400), v0's peer v1 in `red` with ARP off, primary/secondary/scope link/noprefixroute addresses,
// a route in table 100, a blackhole route, an `ip rule`, a permanent neighbour, a default route.
const raw = JSON.parse(
  readFileSync(new URL('./fixtures/bridge-lab.raw.json', import.meta.url), 'utf8'),
) as RawSnapshot;
const ref = normaliseSnapshot(raw);
const clone = (s: LabState): LabState => structuredClone(s);

describe('the state covers what bridge, routing and neighbour labs change', () => {
  it('reads ports, mtu, arp, kind data, address scope and flags, all tables, rules, neighbours', () => {
    expect(ref.host?.links.v0).toMatchObject({ master: 'br0', mtu: 1400, peer: 'red:v1' });
    expect(ref.host?.links.br0?.data).toEqual({ vlan_filtering: 0, stp_state: 0 });
    expect(ref.red?.links.v1?.noarp).toBe(true);
    expect(ref.host?.addresses).toEqual([
      'br0 10.1.0.1/24',
      'br0 10.1.0.9/24 secondary',
      'br0 10.2.0.1/24 noprefixroute',
      'br0 169.254.3.3/16 scope link',
    ]);
    expect(ref.host?.routes).toEqual(['10.9.0.0/16 via 10.1.0.2 dev br0 table 100', 'blackhole 10.8.0.0/16']);
    expect(ref.host?.rules).toEqual(['priority 100 from 10.1.0.0/24 lookup 100']);
    expect(ref.host?.neighbours).toEqual(['10.1.0.5 lladdr 02:00:00:00:00:05 dev br0']);
    expect(ref.red?.routes).toEqual(['default via 10.1.0.1 dev v1']);
  });

  it('drops what the kernel makes: local table, prefix routes, default rules, loopback addresses', () => {
    const text = JSON.stringify(ref);
    expect(text).not.toMatch(/127\.0\.0\.1|::1|fe80|local|broadcast|32766/);
  });

  it('a forgotten `master` is the root cause, not the bridge without carrier', () => {
    const actual = clone(ref);
    delete actual.host!.links.v0!.master;
    actual.host!.links.br0!.carrier = false;
    const diffs = compareStates(ref, actual);
    expect(diffs.map((d) => d.explanation)).toEqual(['v0 is not a port of br0 in the host namespace']);
    expect(diffs[0]?.hint).toBe('ip link set v0 master br0');
  });

  it('`nomaster`, mtu, arp and a bridge option each name their fix', () => {
    const actual = clone(ref);
    actual.host!.links.v0!.mtu = 1500;
    actual.host!.links.br0!.data = { vlan_filtering: 1, stp_state: 0 };
    delete actual.red!.links.v1!.noarp;
    const hints = compareStates(ref, actual).map((d) => d.hint);
    expect(hints).toEqual([
      'ip link set br0 type bridge vlan_filtering 0',
      'ip link set v0 mtu 1400',
      'ip netns exec red ip link set v1 arp off',
    ]);
  });

  it('a VLAN with the wrong id is recreated with its parent and brought up', () => {
    const exp: LabState = {
      host: {
        links: { 'v0.10': { kind: 'vlan', up: true, carrier: true, parent: 'host:v0', data: { id: 10 } } },
        addresses: [],
        routes: [],
      },
    };
    const actual = clone(exp);
    actual.host!.links['v0.10']!.data = { id: 20 };
    expect(compareStates(exp, actual)[0]?.hint).toBe(
      'ip link del v0.10; ip link add link v0 name v0.10 type vlan id 10; ip link set v0.10 up',
    );
  });

  it('an address without its scope or flag is re-added with it (a plain add says "already assigned")', () => {
    const actual = clone(ref);
    actual.host!.addresses = actual.host!.addresses.map((a) => a.replace(/ (scope link|noprefixroute)/, ''));
    const hints = compareStates(ref, actual).map((d) => d.hint);
    expect(hints).toEqual([
      'ip addr del 10.2.0.1/24 dev br0; ip addr add 10.2.0.1/24 dev br0 noprefixroute',
      'ip addr del 169.254.3.3/16 dev br0; ip addr add 169.254.3.3/16 dev br0 scope link',
    ]);
  });

  it('a route through the wrong gateway is one finding, fixed by replace (add says "File exists")', () => {
    const actual = clone(ref);
    actual.red!.routes = ['default via 10.1.0.9 dev v1'];
    const diffs = compareStates(ref, actual);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]?.hint).toBe('ip netns exec red ip route replace default via 10.1.0.1 dev v1');
  });

  it('missing rules and neighbours, a neighbour with the wrong MAC', () => {
    const actual = clone(ref);
    actual.host!.rules = [];
    actual.host!.neighbours = ['10.1.0.5 lladdr 02:00:00:00:00:99 dev br0'];
    const hints = compareStates(ref, actual).map((d) => d.hint);
    expect(hints).toEqual([
      'ip rule add priority 100 from 10.1.0.0/24 lookup 100',
      'ip neigh replace 10.1.0.5 lladdr 02:00:00:00:00:05 dev br0 nud permanent',
    ]);
  });

  it('a route in another table is a difference (every table is compared)', () => {
    const actual = clone(ref);
    actual.host!.routes = ['blackhole 10.8.0.0/16'];
    expect(compareStates(ref, actual).map((d) => d.hint)).toEqual([
      'ip route add 10.9.0.0/16 via 10.1.0.2 dev br0 table 100',
    ]);
  });
});

describe('sysctls and netfilter rules per namespace', () => {
  const NFT = `# Warning: table ip nat is managed by iptables-nft, do not touch!
table ip nat {
\tchain POSTROUTING {
\t\ttype nat hook postrouting priority srcnat; policy accept;
\t\toifname "v0" ip saddr 10.0.0.0/24 counter packets 4 bytes 336 masquerade
\t}
}
table ip filter {
\tchain FORWARD {
\t\ttype filter hook forward priority filter; policy drop;
\t\tiifname "v0" counter packets 0 bytes 0 accept
\t}
\tchain INPUT {
\t\ttype filter hook input priority filter; policy accept;
\t}
}
`;
  const withSettings = (sysctl: string, nft: string): LabState =>
    normaliseSnapshot({ ...raw, red: { ...raw.red!, sysctl, nft } });
  const on = 'net.ipv4.ip_forward = 1\nnet.ipv4.conf.all.forwarding = 1\nnet.ipv4.conf.v1.forwarding = 1\n';
  const off = on.replace(/= 1/g, '= 0');

  it('reads rules without counters, non-accept policies, no empty chains; sysctls by key', () => {
    const s = withSettings(on, NFT).red!;
    expect(s.netfilter).toEqual([
      'ip filter FORWARD: iifname "v0" accept',
      'ip filter FORWARD: policy drop',
      'ip nat POSTROUTING: oifname "v0" ip saddr 10.0.0.0/24 masquerade',
    ]);
    expect(s.sysctls?.['net.ipv4.ip_forward']).toBe('1');
  });

  it('forwarding off is one finding (not one per interface), fixed with sysctl -w in its namespace', () => {
    const diffs = compareStates(withSettings(on, NFT), withSettings(off, NFT));
    expect(diffs.map((d) => d.hint)).toEqual(['ip netns exec red sysctl -w net.ipv4.ip_forward=1']);
    expect(diffs[0]?.explanation).toMatch(/forwarding is off in red/);
  });

  it('a missing MASQUERADE creates its table and chain; a stray rule flushes its chain', () => {
    const actual = withSettings(on, NFT.replace(/\t\toifname .*\n/, '').replace('accept\n\t}', 'drop\n\t}'));
    const hints = compareStates(withSettings(on, NFT), actual).map((d) => d.hint);
    expect(hints).toEqual([
      'ip netns exec red nft flush chain ip filter FORWARD; ip netns exec red nft add rule ip filter FORWARD iifname "v0" accept; ' +
        "ip netns exec red nft add chain ip filter FORWARD '{ type filter hook forward priority filter;policy drop;}'",
      "ip netns exec red nft add table ip nat; ip netns exec red nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority srcnat;}'; " +
        'ip netns exec red nft add rule ip nat POSTROUTING oifname "v0" ip saddr 10.0.0.0/24 masquerade',
    ]);
  });

  it('rules that could not be read are a difference, never a silent match', () => {
    const actual = normaliseSnapshot({ ...raw, red: { ...raw.red!, sysctl: on } });
    expect(compareStates(withSettings(on, NFT), actual)[0]?.explanation).toMatch(/could not be read/);
  });
});
