/**
 * Every new program in use, the way `lab try` runs a learner's lines (understood, then runAction in
 * a real sandbox): a NAT lab (an "inside" namespace reaching an "outside" one through a router
 * namespace with forwarding and MASQUERADE, by iptables and by nft), a bridge with fdb and vlan
 * reads, permanent neighbours, a policy rule with its own table, ss and sysctl reads. The host's
 * links, namespaces, mounts, nft ruleset and forwarding sysctls are compared before and after
 * (issue 13 point 11).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, preflight, runAction, type Sandbox, understandCommand } from '../../src/lab/index.js';
import { suiteCanRun } from '../require-suite.js';
import { captureHostNetwork, type HostNetwork } from './host-network.js';

const pf = await preflight();
const has = (p: string) => ['/usr/sbin', '/sbin', '/usr/bin'].some((d) => existsSync(`${d}/${p}`));
const ready = suiteCanRun(
  'the new lab programs in a real sandbox',
  pf.ok && pf.tools.ping && has('nft') && has('iptables') && has('bridge'),
  pf.ok
    ? 'ping, nft, iptables or bridge is missing (apt-get install iputils-ping nftables iptables)'
    : pf.reason,
);
const TAG = `bknew${process.pid}`;

const TOPOLOGY = [
  'ip netns add inside',
  'ip netns add router',
  'ip netns add outside',
  'ip link add in0 type veth peer name r-in',
  'ip link set in0 netns inside',
  'ip link set r-in netns router',
  'ip link add out0 type veth peer name r-out',
  'ip link set out0 netns outside',
  'ip link set r-out netns router',
  'ip -n inside addr add 10.0.1.2/24 dev in0',
  'ip -n inside link set in0 up',
  'ip -n router addr add 10.0.1.1/24 dev r-in',
  'ip -n router link set r-in up',
  'ip -n router addr add 10.0.2.1/24 dev r-out',
  'ip -n router link set r-out up',
  'ip -n outside addr add 10.0.2.2/24 dev out0',
  'ip -n outside link set out0 up',
  'ip -n inside route add default via 10.0.1.1',
];

describe.skipIf(!ready)('the new programs inside a real sandbox', () => {
  let sandbox: Sandbox;
  let before: HostNetwork;
  const tools = pf.ok ? pf.tools : { ping: true, curl: true, nginx: true };
  /** Run a learner's line as lab try does; the output, failing the test when it does not run or fails. */
  const typed = async (line: string, expectCode = 0): Promise<string> => {
    const u = understandCommand(line, 'learner');
    if (u.verdict !== 'run') throw new Error(`${line}: ${u.verdict}: ${u.reason}`);
    const r = await runAction(sandbox, u.action, tools);
    expect({ line, code: r.code, notRun: r.notRun, output: r.code === expectCode ? '' : r.output }).toEqual({
      line,
      code: expectCode,
      notRun: undefined,
      output: '',
    });
    return r.output;
  };

  beforeAll(async () => {
    before = captureHostNetwork(TAG);
    sandbox = await createSandbox({ mode: pf.ok ? pf.mode : 'root' });
    for (const line of TOPOLOGY) await typed(line);
  });
  afterAll(async () => {
    await sandbox.close();
    expect(captureHostNetwork(TAG)).toEqual(before);
  });

  it('without forwarding and NAT the outside namespace is not reached; with iptables MASQUERADE it is', async () => {
    await typed('ip netns exec inside ping -c 1 -W 1 10.0.2.2', 1);
    expect(await typed('ip netns exec router sysctl -w net.ipv4.ip_forward=1')).toBe(
      'net.ipv4.ip_forward = 1',
    );
    expect(await typed('ip netns exec router sysctl net.ipv4.ip_forward')).toBe('net.ipv4.ip_forward = 1');
    // Forwarding alone: the reply has no route back to 10.0.1.0/24 from outside.
    await typed('ip netns exec inside ping -c 1 -W 1 10.0.2.2', 1);
    await typed('ip netns exec router iptables -A FORWARD -i r-in -o r-out -j ACCEPT');
    await typed('ip netns exec router iptables -t nat -A POSTROUTING -s 10.0.1.0/24 -o r-out -j MASQUERADE');
    expect(await typed('ip netns exec inside ping -c 1 -W 1 10.0.2.2')).toMatch(/1 received/);
    expect(await typed('ip netns exec router iptables -t nat -S')).toMatch(
      /-A POSTROUTING -s 10.0.1.0\/24 -o r-out -j MASQUERADE/,
    );
  });

  it('the same NAT by nft, after the iptables rules are flushed', async () => {
    await typed('ip netns exec router iptables -t nat -F');
    await typed('ip netns exec inside ping -c 1 -W 1 10.0.2.2', 1);
    await typed('ip netns exec router nft add table ip labnat');
    await typed(
      "ip netns exec router nft add chain ip labnat post '{ type nat hook postrouting priority 100 ; }'",
    );
    await typed('ip netns exec router nft add rule ip labnat post oifname r-out masquerade');
    expect(await typed('ip netns exec inside ping -c 1 -W 1 10.0.2.2')).toMatch(/1 received/);
    expect(await typed('ip netns exec router nft list ruleset')).toMatch(/oifname "r-out" masquerade/);
  });

  it('bridge, neighbours, rules and tables, ss', async () => {
    for (const line of [
      'ip link add br0 type bridge',
      'ip link set br0 up',
      'ip link add b0 type veth peer name b1',
      'ip link set b0 master br0',
      'ip link set b0 up',
      'bridge fdb add 02:00:00:00:00:0b dev b0 master static',
      'ip neigh add 10.0.9.9 lladdr 02:00:00:00:00:09 dev br0 nud permanent',
      'ip rule add from 10.0.9.0/24 table 100',
      'ip route add 10.9.0.0/16 dev br0 table 100',
    ]) {
      await typed(line);
    }
    expect(await typed('bridge link')).toMatch(/b0.*master br0/);
    // VLAN filtering may be missing from the kernel (it is here: "Operation not supported"): read only.
    expect(await typed('bridge vlan show')).toMatch(/port\s+vlan-id/);
    expect(await typed('bridge fdb show dev b0')).toMatch(/02:00:00:00:00:0b .*static/);
    expect(await typed('ip neigh show dev br0')).toMatch(/10\.0\.9\.9 lladdr 02:00:00:00:00:09 PERMANENT/);
    expect(await typed('ip rule')).toMatch(/from 10\.0\.9\.0\/24 lookup 100/);
    expect(await typed('ip route show table 100')).toMatch(/10\.9\.0\.0\/16 dev br0/);
    expect(await typed('ss -tln')).toMatch(/State/);
  });
});
