/**
 * Never a false pass (issue 13 point 1), in real sandboxes: a step whose reference cannot reach
 * what the note shows cannot be passed, a missing kernel feature is the environment's fault (exit
 * 3, naming it), and an empty answer never passes a step that means to change something.
 */
import { describe, expect, it } from 'vitest';
import { labDemo, labTry, preflight, type LabError } from '../../src/lab/index.js';
import { extractLabSteps, type ParsedNote } from '../../src/note/index.js';
import { suiteCanRun } from '../require-suite.js';

const pf = await preflight();
const ready = suiteCanRun(
  'the never-false-pass lab tests',
  pf.ok && pf.tools.ping,
  pf.ok ? 'no ping' : pf.reason,
);
const opts = pf.ok ? { environment: { mode: pf.mode, tools: pf.tools, warnings: pf.warnings } } : {};

/** A lab note from `## N.` sections of `$ ` commands with shown output. */
function labNote(path: string, body: string): ParsedNote {
  return {
    path,
    title: path,
    profileId: 'ko',
    fields: {
      firstStudy: '2024-08-08',
      subject: 'Linux',
      done: { d1: false, d4: false, d7: false, d14: false },
      longTerm: false,
      status: null,
    },
    cards: [],
    labSteps: extractLabSteps(body.split('\n'), 1),
    derivedAsWritten: {},
    diagnostics: [],
  };
}

const fence = (lines: string[]) => ['```Bash', ...lines, '```'].join('\n');

const vlanNote = labNote(
  'vlan.md',
  [
    '## 1. veth 만들기',
    fence(['$ sudo ip link add nfp-v0 type veth peer name nfp-v1']),
    '## 2. VLAN 만들기',
    fence(['$ sudo ip link add link nfp-v0 name nfp-v0.10 type vlan id 10']),
  ].join('\n'),
);

const unreachableNote = labNote(
  'unreachable.md',
  [
    '## 1. 네임스페이스',
    fence(['$ sudo ip netns add nfp_far']),
    '## 2. ping',
    fence([
      '$ sudo ip netns exec nfp_far ip link set lo up',
      '$ sudo ip netns exec nfp_far ping -c 1 10.99.0.1',
      '64 bytes from 10.99.0.1: icmp_seq=1 ttl=64 time=0.04 ms',
      '1 packets transmitted, 1 received, 0% packet loss, time 0ms',
    ]),
  ].join('\n'),
);

const sysctlNote = labNote(
  'forward.md',
  [
    '## 1. 네임스페이스',
    fence(['$ sudo ip netns add nfp_router']),
    '## 2. 포워딩 켜기',
    fence(['$ sudo ip netns exec nfp_router sysctl -w net.ipv4.ip_forward=1', 'net.ipv4.ip_forward = 1']),
  ].join('\n'),
);

describe.skipIf(!ready)('never a false pass', () => {
  it('a VLAN step on a kernel without 8021q is exit 3 naming CONFIG_VLAN_8021Q, or passes its own reference', async () => {
    const own = ['ip link add link nfp-v0 name nfp-v0.10 type vlan id 10'];
    const tried = await labTry(vlanNote, 2, own, opts).then(
      (v) => ({ v }),
      (e: LabError) => ({ e }),
    );
    if ('e' in tried) {
      expect(tried.e.kind).toBe('environment');
      expect(tried.e.message).toMatch(/this kernel has no VLAN support \(CONFIG_VLAN_8021Q\)/);
      await expect(labDemo(vlanNote, opts)).rejects.toThrow(/CONFIG_VLAN_8021Q/);
    } else {
      expect(tried.v.passed).toBe(true);
      expect((await labTry(vlanNote, 2, [], opts)).passed).toBe(false);
    }
  });

  it('a shown ping the reference cannot reach makes the step uncheckable, whatever is typed', async () => {
    for (const answer of [[], ['ip netns exec nfp_far ip link set lo up']]) {
      const v = await labTry(unreachableNote, 2, answer, opts);
      expect(v.passed).toBe(false);
      expect(v.uncheckable).toMatch(
        /shows `sudo ip netns exec nfp_far ping -c 1 10\.99\.0\.1` \(line \d+\) succeeding/,
      );
      expect(v.summary).toMatch(/^Step 2 cannot be checked/);
    }
    const demo = await labDemo(unreachableNote, opts);
    expect(demo.consistent).toBe(false);
    expect(demo.findings.join('\n')).toMatch(/step 2 cannot be checked/);
  });

  it('an empty answer never passes a step that means to change something', async () => {
    const v = await labTry(sysctlNote, 2, [], opts);
    expect(v.passed).toBe(false);
  });
});
