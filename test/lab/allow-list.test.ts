import { describe, expect, it } from 'vitest';
import { actionArgv, buildScenario, describeAction, understandCommand } from '../../src/lab/index.js';
import { extractLabSteps } from '../../src/note/index.js';

const verdict = (text: string) => understandCommand(text, 'learner');
const action = (text: string) => {
  const u = verdict(text);
  if (u.verdict !== 'run') throw new Error(`${text}: ${u.verdict} ${u.reason}`);
  return u.action;
};

describe('the allow-list runs what the lab understands', () => {
  it.each([
    ['ip link add br0 type bridge', false],
    ['ip l s veth1 master br0', false],
    ['ip rule add from 10.0.0.0/24 table 100', false],
    ['ip rule', true],
    ['ip route add default via 10.0.1.1 table 100', false],
    ['ip route show table all', true],
    ['ip r get 10.0.0.1', true],
    ['ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev veth0 nud permanent', false],
    ['ip n show', true],
    ['ip netns list', true],
    ['ip netns add router', false],
    ['ip addr flush dev veth0', false],
    ['ip tunnel add gre1 mode gre remote 10.0.2.2 local 10.0.1.2 ttl 255', false],
    ['ip tun show', true],
    ['ip nexthop add id 1 via 10.0.0.1 dev veth0', false],
    ['ip maddr show dev veth0', true],
    ['ip netconf', true],
  ])('ip: %s', (text, readOnly) => {
    expect(action(text)).toMatchObject({ kind: 'ip', readOnly });
  });

  it('reads sysctl, bridge, iptables, nft, ss and tcpdump in their namespace', () => {
    expect(action('ip netns exec router sysctl -w net.ipv4.ip_forward=1')).toEqual({
      kind: 'tool',
      program: 'sysctl',
      ns: 'router',
      args: ['-w', 'net.ipv4.ip_forward=1'],
      readOnly: false,
    });
    expect(action('sysctl net.ipv4.ip_forward')).toMatchObject({ readOnly: true });
    expect(action('sysctl net.ipv6.conf.all.forwarding=1')).toMatchObject({ readOnly: false });
    expect(action('bridge fdb show br br0')).toMatchObject({ program: 'bridge', readOnly: true });
    expect(action('bridge vlan add dev veth0 vid 10')).toMatchObject({ readOnly: false });
    expect(action('bridge -n ns1 link')).toMatchObject({ ns: 'ns1', readOnly: true });
    expect(action('iptables -t nat -A POSTROUTING -s 10.0.1.0/24 -o veth-out -j MASQUERADE')).toMatchObject({
      program: 'iptables',
      readOnly: false,
    });
    expect(action('iptables -A FORWARD -i veth-in -o veth-out -j ACCEPT')).toMatchObject({ readOnly: false });
    expect(action('iptables -t nat -L -n -v')).toMatchObject({ readOnly: true });
    expect(action('iptables -P FORWARD DROP')).toMatchObject({ readOnly: false });
    expect(action('nft add table ip nat')).toMatchObject({ program: 'nft', readOnly: false });
    expect(
      action("nft add chain ip nat postrouting '{ type nat hook postrouting priority 100 ; }'"),
    ).toMatchObject({ readOnly: false });
    expect(action('nft add rule ip nat postrouting oifname veth-out masquerade')).toMatchObject({
      readOnly: false,
    });
    expect(action("nft 'list ruleset'")).toMatchObject({ readOnly: true });
    expect(action('ss -tlnp')).toMatchObject({ program: 'ss', readOnly: true });
    expect(verdict('ip netns exec ns1 tcpdump -ni veth1 icmp')).toMatchObject({
      verdict: 'refuse',
      reason: expect.stringMatching(/`tcpdump` cannot run in the lab: it switches to its own user/),
    });
  });

  it('runs each program bounded and in its namespace, and describes it as typed', () => {
    const ss = action('ip netns exec ns1 ss -tln');
    expect(actionArgv(ss)).toEqual(['nsenter', '--net=/run/netns/ns1', '--', 'ss', '-tln']);
    const nft = action("nft add chain ip nat post '{ type nat hook postrouting priority 100 ; }'");
    expect(describeAction(nft)).toBe(
      "nft add chain ip nat post '{ type nat hook postrouting priority 100 ; }'",
    );
    expect(describeAction(action('ip netns exec r sysctl -w net.ipv4.ip_forward=1'))).toBe(
      'ip netns exec r sysctl -w net.ipv4.ip_forward=1',
    );
  });

  it('reads the short forms people type: -c1, -nvL, -wq, sudo inside netns exec, curl -o /dev/null', () => {
    expect(action('ping -c1 -W1 10.0.0.1')).toMatchObject({ kind: 'ping', target: '10.0.0.1' });
    expect(action('iptables -t nat -nvL POSTROUTING')).toMatchObject({ program: 'iptables', readOnly: true });
    expect(action('iptables -L -n')).toMatchObject({ args: ['-L', '-n'], readOnly: true });
    expect(action('sysctl -qw net.ipv4.ip_forward=1')).toMatchObject({ readOnly: false });
    expect(action('sudo ip netns exec r sudo sysctl net.ipv4.ip_forward')).toMatchObject({ ns: 'r' });
    expect(action('curl -s -o /dev/null -w "%{http_code}" http://10.0.0.1/')).toMatchObject({ kind: 'curl' });
    expect(verdict('curl -o /dev/nullx http://10.0.0.1/').verdict).toBe('refuse');
    expect(verdict('curl -w @/etc/shadow http://10.0.0.1/').verdict).toBe('refuse');
    expect(verdict("curl -w '%output{/tmp/x}' http://10.0.0.1/").verdict).toBe('refuse');
    expect(verdict('iptables -nvLX').verdict).toBe('refuse');
  });

  it('accepts curl and ping the ways the lab uses them', () => {
    for (const url of [
      '10.200.0.3',
      'http://10.200.0.3/',
      'HTTPS://10.0.0.1:8443/a?b=c',
      'localhost:80',
      'http://[fd00::1]/',
    ]) {
      expect(action(`curl -fsSL -m 3 ${url}`)).toMatchObject({ kind: 'curl', url });
    }
    expect(action('ping -c 3 -W 1 10.0.0.1')).toEqual({ kind: 'ping', ns: 'host', target: '10.0.0.1' });
    expect(action('ping -6 fd00::1')).toMatchObject({ target: 'fd00::1' });
  });
});

describe('the allow-list refuses everything else, saying which word', () => {
  it.each([
    ['ip vrf exec default sh -c id', /`ip vrf`/],
    ['ip vrf exec default ip link', /`ip vrf`/],
    ['ip xfrm monitor', /`ip xfrm`/],
    ['ip -n ns1 monitor all', /never ends/],
    ['ip netns monitor', /never ends/],
    ['ip netns attach x 1', /`ip netns attach`/],
    ['ip addr save', /`ip address save`/],
    ['ip route restore', /`ip route restore`/],
    ['ip link set veth0 xdp obj prog.o', /loading programs/],
    ['ip l2tp add tunnel tunnel_id 1 peer_tunnel_id 1', /`ip l2tp`/],
    ['ip tunnel prl', /`ip tunnel prl`/],
    ['ip tuntap add tap0 mode tap', /`ip tuntap`/],
    ['ip link frobnicate', /`ip link frobnicate`/],
    ['ip netns exec ns1 sh -c id', /interactive `sh`/],
    ['ip netns exec ns1 python3 -c 1', /`python3` is not allowed/],
    ['ip netns exec ns1 nsenter -t 1 -a sh', /`nsenter` is not allowed/],
    ['ip netns exec ns1 ip netns exec ns2 ip link', /nested/],
    ['nsenter -t 1 -m -u -n -p sh', /`nsenter` is not allowed/],
    ['curl file:/etc/shadow', /only http/],
    ['curl FILE:///etc/shadow', /only http/],
    ['curl gopher://10.0.0.1/', /only http/],
    ['curl dict://10.0.0.1:11211/stats', /only http/],
    ['curl -o /etc/x http://10.0.0.1/', /only `curl/],
    ['curl -K cfg http://10.0.0.1/', /only `curl/],
    ['curl --config cfg 10.0.0.1', /only `curl/],
    ['curl -d @secret 10.0.0.1', /only `curl/],
    ['curl http://example.com/', /only addresses in the lab/],
    ['curl http://10.0.0.{1,2}/', /patterns/],
    ['curl http://10.0.0.1/[1-9]', /patterns/],
    ['ping example.com', /only addresses in the lab/],
    ['ping -f 10.0.0.1', /ping option `-f`/],
    ['ping -c 100000 10.0.0.1', /not a value/],
    ['sysctl -p', /sysctl option `-p`/],
    ['sysctl --system', /sysctl option/],
    ['sysctl kernel.core_pattern=|/tmp/x', /pipes|only `net/],
    ["sysctl -w 'kernel.modprobe=/tmp/x'", /only `net\.\*` keys/],
    ['sysctl -w net.ipv4.ip_forward', /needs `key=value`/],
    ['sysctl -a', /sysctl option `-a`/],
    ['sysctl net.ipv4.conf.all.forwarding=../x', /not a value/],
    ['bridge monitor', /`bridge monitor`/],
    ['bridge -b cmds', /bridge option `-b`/],
    ['iptables --modprobe /tmp/x -L', /`--modprobe`/],
    ['iptables -A INPUT -m bpf --bytecode 1 -j ACCEPT', /match `-m bpf`/],
    ['iptables-restore', /`iptables-restore` is not allowed/],
    ['nft -f /etc/shadow', /nft option `-f`/],
    ['nft -i', /nft option `-i`/],
    ['nft \'include "/etc/shadow"\'', /`nft include/],
    ['nft \'add table x; include "/etc/shadow"\'', /not allowed in nft/],
    ['tcpdump -w /tmp/cap', /tcpdump option `-w`/],
    ['tcpdump -r cap', /tcpdump option `-r`/],
    ['tcpdump -z id -C 1 -w x', /tcpdump option `-z`/],
    ['ss -K', /ss option `-K`/],
    ['ss -D /tmp/x', /ss option `-D`/],
    ['іp link', /not allowed/], // a Cyrillic і
    ['ip lіnk', /the lab does not understand/],
    [`ip link show ${'x'.repeat(3000)}`, /longer than/],
    ['ip link show x\u0000y', /control character \(U\+0000\)/],
    // Found by the property test: words that name Object.prototype members once crashed the lookups.
    ['ping __proto__', /only addresses in the lab, not `__proto__`/],
    ['toString x', /`toString` is not allowed/],
    ['constructor', /`constructor` is not allowed/],
    ['iptables __proto__ x', /does not understand `__proto__`/],
    ['nft constructor table x', /`nft constructor`/],
    ['ip\u200b link', /invisible .* \(U\+200B\)/],
    ['\u202eip link', /U\+202E/],
  ])('%s', (text, reason) => {
    const u = verdict(text);
    expect(u.verdict).toBe('refuse');
    expect(u.verdict === 'refuse' ? u.reason : '').toMatch(reason);
    expect(understandCommand(text, 'note').verdict).toBe('skip');
  });
});

describe("a note's commands outside the allow-list", () => {
  it('are skipped with the word that was not understood, never planned to run', () => {
    const lines = [
      '## 1. 실습',
      '',
      '```Bash',
      '$ sudo ip vrf exec default sh -c "touch /tmp/x"',
      '$ curl file:/etc/shadow',
      '$ sudo ip netns exec ns1 python3 -c 1',
      '$ sudo ip link add veth0 type veth peer name veth1',
      '$ sudo ip netns exec router sysctl -w net.ipv4.ip_forward=1',
      '```',
    ];
    const [step] = buildScenario(extractLabSteps(lines, 1)).steps;
    expect(step?.actions.map((a) => a.text)).toEqual([
      'sudo ip link add veth0 type veth peer name veth1',
      'sudo ip netns exec router sysctl -w net.ipv4.ip_forward=1',
    ]);
    expect(step?.skipped.map((s) => [s.command, s.reason])).toEqual([
      [
        'sudo ip vrf exec default sh -c "touch /tmp/x"',
        expect.stringMatching(/does not understand `ip vrf`/),
      ],
      ['curl file:/etc/shadow', expect.stringMatching(/only http:\/\/ and https:\/\//)],
      ['sudo ip netns exec ns1 python3 -c 1', expect.stringMatching(/`python3` is not allowed/)],
    ]);
  });
});
