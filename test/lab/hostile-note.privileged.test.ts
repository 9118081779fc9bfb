/**
 * Issue 11's report, end to end: `ip vrf exec default sh -c …` in a shared note ran under `lab demo`,
 * which then called the note consistent. Now a note's commands outside the allow-list are shown as
 * skipped with the reason and never run, and a learner's hostile answers are refused before
 * anything runs; no file with this run's tag appears on the host and the host is unchanged.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDemo, labDemo, labTry, preflight } from '../../src/lab/index.js';
import { extractLabSteps, type ParsedNote } from '../../src/note/index.js';
import { suiteCanRun } from '../require-suite.js';
import { captureHostNetwork, type HostNetwork } from './host-network.js';

const pf = await preflight();
const hasNft = existsSync('/usr/sbin/nft') || existsSync('/sbin/nft');
const ready = suiteCanRun(
  'the hostile note in a real sandbox',
  pf.ok && hasNft,
  pf.ok ? 'nft missing' : pf.reason,
);
const TAG = `bkhnote${process.pid}`;

const LINES = [
  '## 1. 준비',
  '',
  '```Bash',
  '$ sudo ip link add veth0 type veth peer name veth1',
  `$ sudo ip vrf exec default sh -c "touch /tmp/${TAG}-vrf"`,
  '$ curl file:/etc/shadow',
  `$ sudo ip netns exec ns1 python3 -c "open('/tmp/${TAG}-py','w')"`,
  '$ ip -br link',
  '```',
  '',
  '## 2. 올리기',
  '',
  '```Bash',
  '$ sudo ip link set veth0 up',
  '```',
];

const note: ParsedNote = {
  path: 'hostile.md',
  title: 'hostile',
  profileId: 'ko',
  fields: {
    firstStudy: '2026-01-01',
    subject: 'Linux',
    done: { d1: false, d4: false, d7: false, d14: false },
    longTerm: false,
    status: null,
  },
  cards: [],
  labSteps: extractLabSteps(LINES, 1),
  derivedAsWritten: {},
  diagnostics: [],
};

describe.skipIf(!ready)('a hostile note and hostile answers', () => {
  let before: HostNetwork;
  beforeAll(() => {
    before = captureHostNetwork(TAG);
  });
  afterAll(() => {
    expect(captureHostNetwork(TAG)).toEqual(before);
  });

  it('lab demo shows the note commands outside the allow-list as skipped and never runs them', async () => {
    const report = await labDemo(note);
    const skipped = report.steps[0]?.skipped.map((s) => s.command) ?? [];
    expect(skipped).toEqual([
      `sudo ip vrf exec default sh -c "touch /tmp/${TAG}-vrf"`,
      'curl file:/etc/shadow',
      `sudo ip netns exec ns1 python3 -c "open('/tmp/${TAG}-py','w')"`,
    ]);
    const text = formatDemo(report);
    expect(text).toMatch(/skipped: sudo ip vrf exec default .* — the lab does not understand `ip vrf`/);
    expect(text).toMatch(/skipped: curl file:\/etc\/shadow — only http:\/\/ and https:\/\//);
    expect(captureHostNetwork(TAG).taggedFiles).toEqual([]);
  }, 30000);

  it('lab try refuses hostile answers with the reason, and nothing runs', async () => {
    const answers = [
      'ip link set veth0 up',
      `ip vrf exec default sh -c "touch /tmp/${TAG}-a"`,
      `ip netns exec ns1 sh -c "touch /tmp/${TAG}-b"`,
      'curl file:/etc/shadow',
      `curl -o /tmp/${TAG}-c http://127.0.0.1/`,
      'ip xfrm monitor',
    ];
    const v = await labTry(note, 2, answers);
    expect(v.passed).toBe(false);
    expect(v.summary).toMatch(/nothing ran — 5 commands refused/);
    expect(v.commands).toEqual([]);
    expect(v.refused.map((r) => r.command)).toEqual(answers.slice(1));
    expect(v.refused[4]?.reason).toMatch(/does not understand `ip xfrm`/);
    expect(captureHostNetwork(TAG).taggedFiles).toEqual([]);
  }, 30000);
});
