import { describe, expect, it } from 'vitest';
import { missingBefore, missingFeature, uncheckableReason, type Action } from '../../src/lab/index.js';

const vlan: Action = {
  kind: 'ip',
  ns: 'host',
  args: ['link', 'add', 'link', 'v0', 'name', 'v0.10', 'type', 'vlan', 'id', '10'],
  readOnly: false,
};
const step = (over: Partial<Parameters<typeof uncheckableReason>[0]>) => ({
  number: 3,
  failures: [],
  unmet: [],
  changesNothing: false,
  ...over,
});

describe('a step the reference cannot check is never passed', () => {
  it('names the kernel option a missing link type needs, and a missing program', () => {
    expect(missingFeature(vlan, 'Error: Unknown device type.')).toBe(
      'this kernel has no VLAN support (CONFIG_VLAN_8021Q)',
    );
    const nft: Action = { kind: 'ip', ns: 'host', args: ['link'], readOnly: true };
    expect(missingFeature(nft, 'nsenter: failed to execute nft: No such file or directory')).toBe(
      '`nft` is not installed',
    );
    expect(missingFeature(vlan, 'RTNETLINK answers: File exists')).toBeUndefined();
  });

  it('a missing feature in an earlier step is reported for a later one too', () => {
    const f = { command: 'ip link add …', line: 9, output: '', missing: 'this kernel has no VLAN support' };
    const ref = [step({ number: 1, failures: [f] }), step({ number: 2 })];
    expect(missingBefore(ref, 1)).toMatch(/^this kernel has no VLAN support: step 1 needs it/);
    expect(missingBefore([step({ number: 1 })], 0)).toBeUndefined();
  });

  it('a failed command, an unmet shown output and a step that changes nothing are each a reason', () => {
    expect(uncheckableReason(step({}))).toBeNull();
    const failed = {
      command: 'ip route add 10.0.0.0/8 via 1.2.3.4',
      line: 7,
      output: 'Error: Nexthop has invalid gateway.',
    };
    expect(uncheckableReason(step({ failures: [failed] }))).toMatch(/line 7\) fails here: Error: Nexthop/);
    const expectation = {
      kind: 'ping' as const,
      ns: 'left',
      target: '10.2.2.2',
      reachable: true,
      command: 'ping 10.2.2.2',
      line: 40,
    };
    const outcome = {
      kind: 'ping' as const,
      ns: 'left',
      target: '10.2.2.2',
      reachable: false,
      detail: '0 received',
    };
    expect(uncheckableReason(step({ unmet: [{ expectation, outcome }] }))).toMatch(
      /shows `ping 10\.2\.2\.2` \(line 40\) succeeding, but its own commands do not get there/,
    );
    expect(uncheckableReason(step({ changesNothing: true }))).toMatch(/an empty answer would pass/);
  });
});
