/** `lab check`'s probes on a learner's machine go only to the lab's own addresses there. */
import { describe, expect, it } from 'vitest';
import { liveProbes, type LabState } from '../../src/lab/index.js';

const live: LabState = {
  host: { links: {}, addresses: ['veth0 10.200.0.2/24'], routes: [] },
  direct_netns: { links: {}, addresses: ['veth1 10.200.0.3/24'], routes: [] },
};
const probe = (ns: string, kind: 'ping' | 'http', target: string) => ({
  ns,
  kind,
  target,
  reachable: true,
  detail: '',
});

describe('liveProbes', () => {
  it("sends to the lab's addresses and to loopback inside a lab namespace", () => {
    const r = liveProbes(
      [
        probe('host', 'ping', '10.200.0.3'),
        probe('host', 'http', 'http://10.200.0.3:80/'),
        probe('direct_netns', 'http', '127.0.0.1'),
      ],
      live,
    );
    expect(r.send.map((p) => p.target)).toEqual(['10.200.0.3', 'http://10.200.0.3:80/', '127.0.0.1']);
    expect(r.held).toEqual([]);
  });

  it("holds back the host's own loopback, addresses the lab's links lack, and unknown namespaces", () => {
    const r = liveProbes(
      [
        probe('host', 'http', '127.0.0.1'),
        probe('host', 'ping', '8.8.8.8'),
        probe('direct_netns', 'ping', '10.200.0.9'),
        probe('elsewhere', 'ping', '127.0.0.1'),
      ],
      live,
    );
    expect(r.send).toEqual([]);
    expect(r.held.map((h) => h.command)).toEqual([
      'curl 127.0.0.1',
      'ping 8.8.8.8',
      'ping 10.200.0.9 (in direct_netns)',
      'ping 127.0.0.1 (in elsewhere)',
    ]);
    expect(r.held[1]?.reason).toBe("not sent: 8.8.8.8 is not an address of the lab's links on this machine");
  });
});
