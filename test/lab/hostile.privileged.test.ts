/**
 * The hostile-answer harness (issue 11 point 3): a few thousand generated hostile answers go through
 * the same understanding as `lab try`; what is understood runs in a real sandbox, bounded. Counted:
 * tried, refused, ran, escaped. An escape is any answer after which the host changed (links,
 * namespaces, mounts, netfilter ruleset, forwarding sysctls, a file with this run's tag) or whose
 * output holds the host's /etc/shadow. Escaped must be 0. BOKSEUP_HOSTILE_COUNT sets the size.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionArgv,
  createSandbox,
  preflight,
  type Sandbox,
  understandCommand,
} from '../../src/lab/index.js';
import { suiteCanRun } from '../require-suite.js';
import { captureHostNetwork, type HostNetwork } from './host-network.js';
import { hostileAnswers } from './hostile-answers.js';

const pf = await preflight();
const hasNft = existsSync('/usr/sbin/nft') || existsSync('/sbin/nft');
const ready = suiteCanRun(
  'the hostile-answer harness',
  pf.ok && hasNft,
  pf.ok ? 'nft is not installed (apt-get install nftables)' : pf.reason,
);
const TAG = `bkhostile${process.pid}`;
const COUNT = Number(process.env.BOKSEUP_HOSTILE_COUNT ?? 3000);
/** Programs an understood answer may start (first word, or the one after `nsenter --net=… --`). */
const ALLOWED = new Set([
  'ip',
  'ping',
  'curl',
  'nginx',
  'sysctl',
  'bridge',
  'iptables',
  'ip6tables',
  'nft',
  'ss',
  'tcpdump',
]);

/** A line of the host's /etc/shadow that no sandbox output may contain. */
function secret(): string {
  const line = readFileSync('/etc/shadow', 'utf8').split('\n')[0] ?? '';
  return line.length > 8 ? line : 'root:';
}

interface Counts {
  tried: number;
  refused: number;
  ran: number;
  timedOut: number;
  escaped: number;
}

describe.skipIf(!ready)('hostile answers against the allow-list and the sandbox', () => {
  let sandbox: Sandbox;
  let before: HostNetwork;
  beforeAll(async () => {
    before = captureHostNetwork(TAG);
    sandbox = await createSandbox({ mode: pf.ok ? pf.mode : 'root' });
    await sandbox.run(['ip', 'netns', 'add', 'ns1']);
  });
  afterAll(async () => {
    await sandbox.close();
    expect(captureHostNetwork(TAG)).toEqual(before);
  });

  it(`${COUNT} generated hostile answers: none escapes`, async () => {
    const hidden = secret();
    const counts: Counts = { tried: 0, refused: 0, ran: 0, timedOut: 0, escaped: 0 };
    const escapes: string[] = [];
    const programs = new Set<string>();
    for (const answer of hostileAnswers(TAG, COUNT)) {
      counts.tried++;
      const u = understandCommand(answer, 'learner');
      expect(understandCommand(answer, 'note').verdict).toBe(u.verdict === 'run' ? 'run' : 'skip');
      if (u.verdict !== 'run') {
        counts.refused++;
        continue;
      }
      const argv = actionArgv(u.action);
      const program = argv[0] === 'nsenter' ? (argv[3] ?? '') : (argv[0] ?? '');
      programs.add(program);
      expect(ALLOWED.has(program), answer).toBe(true);
      counts.ran++;
      if (u.action.kind === 'nginx') continue; // a server, not a probe: the demo and try suites run it
      const r = await sandbox.run(argv, { timeoutMs: 1500 });
      if (r.timedOut) counts.timedOut++;
      if (`${r.stdout}${r.stderr}`.includes(hidden)) escapes.push(`${answer}: printed /etc/shadow`);
      if (counts.ran % 100 === 0 && JSON.stringify(captureHostNetwork(TAG)) !== JSON.stringify(before)) {
        escapes.push(`${answer}: the host changed`);
      }
    }
    if (JSON.stringify(captureHostNetwork(TAG)) !== JSON.stringify(before)) escapes.push('the host changed');
    counts.escaped = escapes.length;
    console.log(
      `hostile answers: ${JSON.stringify(counts)}; programs run: ${[...programs].sort().join(' ')}`,
    );
    expect(escapes).toEqual([]);
    expect(counts.tried).toBe(COUNT);
    expect(counts.refused).toBeGreaterThan(COUNT / 2);
    expect(counts.ran).toBeGreaterThan(0);
  }, 600_000);

  it('leaves no command running inside the sandbox, even those that timed out', async () => {
    const r = await sandbox.run([
      'sh',
      '-c',
      'for p in /proc/[0-9]*; do tr "\\0" " " < $p/cmdline; echo; done',
    ]);
    const others = r.stdout
      .split('\n')
      .filter((l) => /tcpdump|ping|curl|nft|iptables|sysctl|bridge|\bss\b/.test(l));
    expect(others).toEqual([]);
  });
});
