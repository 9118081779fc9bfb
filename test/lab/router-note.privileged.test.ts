/**
 * The sample vault's router lab (`Linux 라우터 네임스페이스.md`) in real sandboxes: its own solution
 * (with `sysctl -w net.ipv4.ip_forward=1` inside the router namespace) passes every step; forgetting
 * forwarding, or adding a route before its link is up, fails with that cause.
 */
import { describe } from 'vitest';
import { preflight } from '../../src/lab/index.js';
import { suiteCanRun } from '../require-suite.js';
import { curriculumTests, sampleLabNote, stepCommands, without } from './lab-note.js';

const pf = await preflight();
const ready = suiteCanRun('the router lab note', pf.ok && pf.tools.ping, pf.ok ? 'ping missing' : pf.reason);
const opts = pf.ok ? { environment: { mode: pf.mode, tools: pf.tools, warnings: pf.warnings } } : {};
const note = sampleLabNote('Linux 라우터 네임스페이스.md');
const step4 = stepCommands(note, 4);

describe.skipIf(!ready)('router lab note', () => {
  curriculumTests(
    note,
    [
      {
        name: 'forgetting forwarding in the router',
        step: 5,
        commands: without(stepCommands(note, 5), /sysctl/),
        cause: /forward/,
      },
      {
        name: 'forwarding turned on in the wrong namespace',
        step: 5,
        commands: [
          ...without(stepCommands(note, 5), /sysctl/),
          'ip netns exec left sysctl -w net.ipv4.ip_forward=1',
        ],
        cause: /forward.*router|router.*forward/,
      },
      {
        name: 'the default route added before its link is up (wrong order)',
        step: 4,
        commands: [...step4.filter((c) => /route add/.test(c)), ...without(step4, /route add/)],
        cause: /default.*left|left.*default|route/,
      },
      {
        name: 'the way back forgotten (no default route in right)',
        step: 4,
        commands: without(step4, /right ip route add/),
        cause: /right/,
      },
    ],
    opts,
  );
});
