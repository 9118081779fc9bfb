/**
 * The sample vault's NAT lab (`Linux NAT와 MASQUERADE.md`) in real sandboxes: `inside` reaches the
 * `outside` namespace through MASQUERADE in the router namespace, no packet leaving the sandbox. Its
 * own solution passes every step; a forgotten MASQUERADE or forwarding fails with that cause.
 */
import { describe } from 'vitest';
import { preflight } from '../../src/lab/index.js';
import { suiteCanRun } from '../require-suite.js';
import { curriculumTests, sampleLabNote, stepCommands, without } from './lab-note.js';

const pf = await preflight();
const ready = suiteCanRun('the NAT lab note', pf.ok && pf.tools.ping, pf.ok ? 'ping missing' : pf.reason);
const opts = pf.ok ? { environment: { mode: pf.mode, tools: pf.tools, warnings: pf.warnings } } : {};
const note = sampleLabNote('Linux NAT와 MASQUERADE.md');

describe.skipIf(!ready)('NAT lab note', () => {
  curriculumTests(
    note,
    [
      {
        name: 'forgetting MASQUERADE',
        step: 5,
        commands: without(stepCommands(note, 5), /MASQUERADE/),
        cause: /MASQUERADE|masquerade|nat/,
      },
      {
        name: 'MASQUERADE on the wrong interface',
        step: 5,
        commands: [
          'ip netns exec router iptables -t nat -A POSTROUTING -s 192.168.10.0/24 -o rt-in -j MASQUERADE',
          'ip netns exec inside ping -c 2 203.0.113.2',
        ],
        cause: /MASQUERADE|masquerade|nat|rt-out/,
      },
      {
        name: 'forgetting forwarding in the router',
        step: 4,
        commands: without(stepCommands(note, 4), /sysctl/),
        cause: /forward/,
      },
    ],
    opts,
  );
});
