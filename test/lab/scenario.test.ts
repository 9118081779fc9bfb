import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLabSteps } from '../../src/note/index.js';
import { actionArgv, describeAction, buildScenario, understandCommand } from '../../src/lab/index.js';

const SEED = new URL('../fixtures/notes/seed/input.md', import.meta.url);
const scenario = buildScenario(extractLabSteps(readFileSync(SEED, 'utf8').split('\n'), 1));
const step = (n: number) => scenario.steps.find((s) => s.number === n);

describe('buildScenario on the seed note', () => {
  it('understands every ip command and drops sudo', () => {
    expect(step(2)?.actions.map((a) => a.action)).toEqual([
      {
        kind: 'ip',
        ns: 'host',
        args: ['link', 'add', 'veth0', 'type', 'veth', 'peer', 'name', 'veth1'],
        readOnly: false,
      },
      { kind: 'ip', ns: 'host', args: ['-br', 'link'], readOnly: true },
    ]);
    const s4 = step(4)?.actions.map((a) => a.action) ?? [];
    expect(s4[0]).toEqual({
      kind: 'ip',
      ns: 'direct_netns',
      args: ['link', 'set', 'dev', 'lo', 'up'],
      readOnly: false,
    });
    expect(s4).toContainEqual({ kind: 'nginx', ns: 'direct_netns' });
  });

  it('skips apt and systemctl with a reason', () => {
    const skipped = step(4)?.skipped ?? [];
    expect(skipped.map((s) => s.command)).toEqual([
      'sudo apt updage',
      'sudo apt install nginx-core',
      'sudo systemctl stop nginx',
      'sudo systemctl disable nginx',
    ]);
    expect(skipped[0]?.reason).toMatch(/not the lab/);
  });

  it('turns shown outputs into expectations, including the negative curl check', () => {
    expect(step(4)?.expectations.map((e) => [e.kind, e.ns, e.target, e.reachable])).toEqual([
      ['http', 'direct_netns', '127.0.0.1', true],
      ['http', 'host', '127.0.0.1', false],
    ]);
    expect(step(5)?.expectations.map((e) => [e.kind, e.ns, e.target, e.reachable])).toEqual([
      ['ping', 'host', '10.200.0.3', true],
      ['ping', 'direct_netns', '10.200.0.2', true],
      ['http', 'host', '10.200.0.3', true],
    ]);
    expect(step(2)?.expectations).toEqual([]);
  });
});

describe('understandCommand', () => {
  const action = (text: string) => {
    const u = understandCommand(text, 'learner');
    return u.verdict === 'run' ? u.action : u;
  };

  it('accepts the abbreviations ip accepts', () => {
    expect(action('ip a add 10.0.0.1/24 dev veth0')).toMatchObject({
      kind: 'ip',
      args: ['a', 'add', '10.0.0.1/24', 'dev', 'veth0'],
    });
    expect(action('ip -n ns1 l set veth1 up')).toEqual({
      kind: 'ip',
      ns: 'ns1',
      args: ['l', 'set', 'veth1', 'up'],
      readOnly: false,
    });
    expect(action('ip --netns ns1 -br addr')).toEqual({
      kind: 'ip',
      ns: 'ns1',
      args: ['-br', 'addr'],
      readOnly: true,
    });
    expect(action('ip netns e ns1 ip -j link')).toEqual({
      kind: 'ip',
      ns: 'ns1',
      args: ['-j', 'link'],
      readOnly: true,
    });
    expect(action('ip net')).toMatchObject({ kind: 'ip', readOnly: true });
  });

  it('bounds ping and curl and starts nginx in its namespace', () => {
    const ping = action('sudo ip netns exec ns1 ping -c 5 10.0.0.1');
    expect(ping).toEqual({ kind: 'ping', ns: 'ns1', target: '10.0.0.1' });
    expect(actionArgv(ping as never)).toEqual([
      'nsenter',
      '--net=/run/netns/ns1',
      '--',
      'ping',
      '-n',
      '-c',
      '1',
      '-W',
      '1',
      '10.0.0.1',
    ]);
    expect(actionArgv(action('curl -s 10.0.0.1') as never)).toEqual([
      'curl',
      '-q',
      '--globoff',
      '--proto',
      '=http,https',
      '--proto-redir',
      '=http,https',
      '--max-time',
      '2',
      '-sS',
      '10.0.0.1',
    ]);
    expect(action(`ip netns exec ns1 nginx -g 'daemon off;'`)).toEqual({ kind: 'nginx', ns: 'ns1' });
    expect(
      describeAction({ kind: 'ip', ns: 'ns1', args: ['link', 'set', 'veth1', 'up'], readOnly: false }),
    ).toBe('ip netns exec ns1 ip link set veth1 up');
  });

  it.each([
    ['ip link; reboot', /command lists/],
    ['ip link | grep veth', /pipes/],
    ['ip link > /etc/passwd', /redirections/],
    ['curl $(cat /etc/shadow)', /command substitution/],
    ['ip link show `id -u`', /backticks/],
    ['ping ${HOST}', /variables/],
    ['ping $HOST', /variables/],
    ['ip link &', /background/],
    ['rm -rf /', /not allowed/],
    ['ip netns exec ns1 bash', /interactive/],
    ['ip -b /etc/shadow', /reads commands from a file/],
    ['ip monitor', /never ends/],
    ['curl -o /etc/passwd 10.0.0.1', /only `curl/],
    ['nginx -c /tmp/evil.conf', /only `nginx`/],
    ["ip link add 'veth0", /unterminated/],
    ['ip -n /proc/1/ns/net link set lo down', /paths like `\/proc\/1\/ns\/net`/],
    ['ip netns exec ../x ip link', /paths like/],
    ['curl file:///etc/shadow', /only http:\/\/ and https:\/\//],
  ])('refuses %s', (text, reason) => {
    const u = understandCommand(text, 'learner');
    expect(u.verdict).toBe('refuse');
    expect(u.verdict === 'refuse' && u.reason).toMatch(reason);
  });

  it.each([
    ['ip netns exec ../../proc/1/ns/net ping 10.0.0.1', /paths like `\.\.\/\.\.\/proc\/1\/ns\/net`/],
    ['sudo ip netns exec /proc/1/ns/net ping -c 1 10.0.0.1', /paths like `\/proc\/1\/ns\/net`/],
    ['ip netns exec ../../proc/1/ns/net curl http://10.0.0.1/', /paths like/],
    ['ip netns exec /proc/self/ns/net curl -s 10.0.0.1', /paths like/],
    [`ip netns exec ../../proc/1/ns/net nginx -g 'daemon off;'`, /paths like/],
    ['ip netns exec .. nginx', /paths like `\.\.`/],
    ['ip netns exec . ping 10.0.0.1', /`\.` is not a namespace name/],
    ["ip netns exec 'ns 1' curl 10.0.0.1", /is not a namespace name/],
    ['ip netns exec ns1/x ping 10.0.0.1', /is not a namespace name/],
    ['ip -n ns1/x link', /is not a namespace name/],
    ['ip netns exec ns1 ip -n ../x link', /paths like `\.\.\/x`/],
  ])('refuses the namespace of %s', (text, reason) => {
    const u = understandCommand(text, 'learner');
    expect(u.verdict).toBe('refuse');
    expect(u.verdict === 'refuse' && u.reason).toMatch(reason);
    expect(understandCommand(text, 'note').verdict).toBe('skip');
  });

  it('accepts namespace names of letters, digits, `_`, `-` and `.`', () => {
    expect(action('ip netns exec ns_1.a-B ping 10.0.0.1')).toEqual({
      kind: 'ping',
      ns: 'ns_1.a-B',
      target: '10.0.0.1',
    });
    expect(action('ip -n .ns1 link')).toMatchObject({ kind: 'ip', ns: '.ns1' });
  });

  it('keeps shell metacharacters that are quoted, and skips (not refuses) unknown note commands', () => {
    expect(understandCommand(`nginx -g "daemon off;"`, 'learner').verdict).toBe('run');
    expect(understandCommand('ls /var/run/netns', 'note')).toMatchObject({ verdict: 'skip' });
    expect(understandCommand('apt install nginx', 'learner')).toMatchObject({ verdict: 'skip' });
    expect(understandCommand('curl http://10.200.0.3/', 'learner').verdict).toBe('run');
    expect(understandCommand('ip a add 10.200.0.2/24 dev veth0', 'learner').verdict).toBe('run');
  });
});
