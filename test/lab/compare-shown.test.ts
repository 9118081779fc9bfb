import { describe, expect, it } from 'vitest';
import { compareShown, understandCommand, type Action } from '../../src/lab/index.js';

const names = new Set(['lo', 'veth0', 'veth1']);
const actionOf = (text: string): Action => {
  const u = understandCommand(text, 'note');
  if (u.verdict !== 'run') throw new Error(text);
  return u.action;
};
const shown = (text: string, output: string[]) => ({ text, line: 10, output });

describe('lab demo compares the outputs a note shows with what the machine prints', () => {
  it('ip -br link: the UP flag of each lab link, the author’s eth0 ignored', () => {
    const cmd = shown('ip -br link', [
      'lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP>',
      'eth0             UP             02:18:ce:0d:00:12 <BROADCAST,MULTICAST,UP,LOWER_UP>',
      'veth1@veth0      DOWN           be:d4:d8:12:d3:e8 <BROADCAST,MULTICAST,M-DOWN>',
      'veth0@veth1      UP             5a:ce:e1:3b:6a:17 <BROADCAST,MULTICAST,UP,LOWER_UP>',
    ]);
    const printed = [
      'lo UNKNOWN 00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP>',
      'veth1@veth0 DOWN aa:aa:aa:aa:aa:aa <BROADCAST,MULTICAST,M-DOWN>',
      'veth0@veth1 DOWN bb:bb:bb:bb:bb:bb <BROADCAST,MULTICAST,M-DOWN>',
    ].join('\n');
    expect(compareShown(actionOf(cmd.text), cmd, printed, names)).toEqual([
      { line: 14, message: 'shows veth0 up, but here it is down' },
    ]);
  });

  it('ip -br addr: addresses per link (fe80 aside); a missing line names the command line', () => {
    const cmd = shown('ip netns exec red ip -br a', ['veth1@if2  UP  10.200.0.3/24 fe80::1/64']);
    const printed = 'lo UNKNOWN 127.0.0.1/8 ::1/128\nveth1@if2 UP 10.200.0.3/16 fe80::9/64';
    expect(compareShown(actionOf(cmd.text), cmd, printed, names)).toEqual([
      { line: 11, message: 'shows veth1 10.200.0.3/24, but here it is 10.200.0.3/16' },
      {
        line: 10,
        message: '`ip netns exec red ip -br a` shows no lo (127.0.0.1/8 ::1/128), but here it prints one',
      },
    ]);
  });

  it('ip route: routes through lab links, both ways; agreeing output and other commands give nothing', () => {
    const cmd = shown('ip route', [
      'default via 10.0.2.2 dev eth0',
      '10.200.0.0/24 dev veth0 proto kernel scope link src 10.200.0.2',
    ]);
    expect(
      compareShown(
        actionOf(cmd.text),
        cmd,
        '10.200.0.0/24 dev veth0 proto kernel scope link src 10.200.0.2 linkdown',
        names,
      ),
    ).toEqual([]);
    expect(compareShown(actionOf(cmd.text), cmd, '10.9.0.0/16 via 10.200.0.3 dev veth0', names)).toEqual([
      {
        line: 12,
        message:
          'shows `10.200.0.0/24 dev veth0 proto kernel scope link src 10.200.0.2`, but `ip route` prints no such line here',
      },
      {
        line: 10,
        message: '`ip route` shows no route `10.9.0.0/16 via 10.200.0.3 dev veth0`, but here it prints one',
      },
    ]);
    const link = shown('ip link', ['1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536']);
    expect(compareShown(actionOf(link.text), link, '', names)).toEqual([]);
  });
});
