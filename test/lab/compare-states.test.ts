import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareProbes,
  compareStates,
  normaliseSnapshot,
  parseBatchJson,
  type LabState,
  type RawSnapshot,
} from '../../src/lab/index.js';

const fixture = (name: string): RawSnapshot =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as RawSnapshot;
const up = normaliseSnapshot(fixture('step5-links-up.raw.json'));
const asWritten = normaliseSnapshot(fixture('step5-as-written.raw.json'));
const clone = (s: LabState): LabState => structuredClone(s);

describe('normaliseSnapshot on captured ip -j output', () => {
  it('gives the LAB-NOTES normalised state: kinds, flags, peers as ns:ifname, global addresses', () => {
    expect(up).toEqual({
      host: {
        links: {
          lo: { kind: 'loopback', up: true, carrier: true, mtu: 65536 },
          veth0: { kind: 'veth', up: true, carrier: true, peer: 'direct_netns:veth1', mtu: 1500 },
        },
        addresses: ['veth0 10.200.0.2/24'],
        routes: [],
        rules: [],
        neighbours: [],
      },
      direct_netns: {
        links: {
          lo: { kind: 'loopback', up: true, carrier: true, mtu: 65536 },
          veth1: { kind: 'veth', up: true, carrier: true, peer: 'host:veth0', mtu: 1500 },
        },
        addresses: ['veth1 10.200.0.3/24'],
        routes: [],
        rules: [],
        neighbours: [],
      },
    });
  });

  it('reads down links from flags and drops link-local and MACs', () => {
    expect(asWritten.host?.links.veth0).toEqual({
      kind: 'veth',
      up: false,
      carrier: false,
      peer: 'direct_netns:veth1',
      mtu: 1500,
    });
    expect(JSON.stringify(asWritten)).not.toMatch(/fe80|[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}:/);
  });

  it('parses one JSON array per batch line', () => {
    expect(parseBatchJson('[{"a":1}]\n[]\nCommand failed\n')).toEqual([[{ a: 1 }], []]);
  });
});

describe('compareStates explains root causes first', () => {
  it('finds nothing between equal states', () => {
    expect(compareStates(up, clone(up))).toEqual([]);
  });

  it('a link left down: the cause, not its peer carrier', () => {
    const diffs = compareStates(up, asWritten);
    expect(diffs.map((d) => d.path)).toEqual(['host.links.veth0.up', 'direct_netns.links.veth1.up']);
    expect(diffs[0]?.explanation).toBe(
      'veth0 is down — did you run `ip link set veth0 up` in the host namespace?',
    );
    expect(diffs[1]?.hint).toBe('ip netns exec direct_netns ip link set veth1 up');
  });

  it('only one end down: the other end carrier is explained by it', () => {
    const actual = clone(up);
    actual.host!.links.veth0 = { ...actual.host!.links.veth0!, up: false, carrier: false };
    actual.direct_netns!.links.veth1!.carrier = false;
    expect(compareStates(up, actual).map((d) => d.path)).toEqual(['host.links.veth0.up']);
  });

  it('wrong prefix', () => {
    const actual = clone(up);
    actual.host!.addresses = ['veth0 10.200.0.2/16'];
    const [d, ...rest] = compareStates(up, actual);
    expect(rest).toEqual([]);
    expect(d?.explanation).toBe(
      'veth0 has 10.200.0.2/16 instead of 10.200.0.2/24 — the prefix length is wrong',
    );
  });

  it('address in the wrong namespace', () => {
    const actual = clone(up);
    actual.host!.addresses = ['veth0 10.200.0.2/24', 'veth0 10.200.0.3/24'];
    actual.direct_netns!.addresses = [];
    const diffs = compareStates(up, actual);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]?.explanation).toMatch(
      /10\.200\.0\.3\/24 is on veth0 in the host namespace, but it belongs on veth1 in direct_netns/,
    );
  });

  it('the wrong veth end moved', () => {
    const actual = clone(up);
    actual.host!.links = {
      lo: up.host!.links.lo!,
      veth1: { kind: 'veth', up: false, carrier: false, peer: 'direct_netns:veth0' },
    };
    actual.direct_netns!.links = {
      lo: up.direct_netns!.links.lo!,
      veth0: { kind: 'veth', up: false, carrier: false, peer: 'host:veth1' },
    };
    actual.host!.addresses = [];
    actual.direct_netns!.addresses = [];
    const diffs = compareStates(up, actual);
    expect(diffs[0]?.explanation).toMatch(
      /^the wrong end of the veth pair was moved: veth0 is in direct_netns and veth1 stayed in the host namespace/,
    );
    expect(diffs).toHaveLength(1);
  });

  it('a typo in a namespace name', () => {
    const actual = clone(up);
    actual.direct_ntns = actual.direct_netns!;
    delete actual.direct_netns;
    actual.host!.links.veth0!.peer = 'direct_ntns:veth1';
    const diffs = compareStates(up, actual);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]?.explanation).toBe(
      'namespace direct_netns is missing, but direct_ntns exists — a typo for direct_netns?',
    );
  });

  it('a typo in a link name', () => {
    const actual = clone(up);
    actual.direct_netns!.links = {
      lo: up.direct_netns!.links.lo!,
      vet1: { ...up.direct_netns!.links.veth1!, peer: 'host:veth0' },
    };
    actual.direct_netns!.addresses = ['vet1 10.200.0.3/24'];
    actual.host!.links.veth0!.peer = 'direct_netns:vet1';
    const diffs = compareStates(up, actual);
    expect(diffs[0]?.explanation).toBe(
      'veth1 is missing from direct_netns, but vet1 exists there — a typo for veth1?',
    );
    expect(diffs).toHaveLength(1);
  });

  it('a missing namespace and a missing address are named with the command', () => {
    const actual = clone(up);
    delete actual.direct_netns;
    actual.host!.addresses = [];
    const diffs = compareStates(up, actual);
    expect(diffs.map((d) => d.explanation)).toEqual([
      'namespace direct_netns is missing — did you run `ip netns add direct_netns`?',
      'veth0 in the host namespace has no address 10.200.0.2/24 — did you run `ip addr add 10.200.0.2/24 dev veth0`?',
    ]);
  });

  it('probes name the first state difference as their cause', () => {
    const cause = compareStates(up, asWritten)[0];
    const diffs = compareProbes(
      [{ kind: 'ping', ns: 'host', target: '10.200.0.3', reachable: true, detail: '' }],
      [
        {
          kind: 'ping',
          ns: 'host',
          target: '10.200.0.3',
          reachable: false,
          detail: 'Network is unreachable',
        },
      ],
      cause,
    );
    expect(diffs[0]?.explanation).toBe(
      'ping from the host namespace to 10.200.0.3 fails (Network is unreachable), expected it to succeed, because veth0 is down',
    );
  });
});
