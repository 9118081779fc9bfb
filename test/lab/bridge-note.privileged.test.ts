/**
 * The sample vault's bridge lab (`Linux 브리지 네트워크.md`) in real sandboxes: its own solution
 * passes every step; a forgotten `master br0`, or a port taken off the bridge, fails naming the port.
 */
import { describe, expect, it } from 'vitest';
import { formatVerdict, labTry, preflight } from '../../src/lab/index.js';
import { suiteCanRun } from '../require-suite.js';
import { curriculumTests, sampleLabNote, stepCommands, without } from './lab-note.js';

const pf = await preflight();
const ready = suiteCanRun('the bridge lab note', pf.ok && pf.tools.ping, pf.ok ? 'ping missing' : pf.reason);
const opts = pf.ok ? { environment: { mode: pf.mode, tools: pf.tools, warnings: pf.warnings } } : {};
const note = sampleLabNote('Linux 브리지 네트워크.md');

describe.skipIf(!ready)('bridge lab note', () => {
  curriculumTests(
    note,
    [
      {
        name: 'forgetting `master br0`',
        step: 4,
        commands: without(stepCommands(note, 4), /master br0$/),
        cause: /veth-(red|blue)-br.*br0|br0.*veth-(red|blue)-br/,
      },
      {
        name: 'a port taken off the bridge (`nomaster`)',
        step: 5,
        commands: [...stepCommands(note, 5), 'ip link set veth-blue-br nomaster'],
        cause: /veth-blue-br.*br0|br0.*veth-blue-br/,
      },
      {
        name: 'a port left down',
        step: 4,
        commands: without(stepCommands(note, 4), /veth-blue-br up$/),
        cause: /veth-blue-br is down/,
      },
    ],
    opts,
  );

  it('shows what the learner’s own commands printed, as a terminal would', async () => {
    const v = await labTry(note, 2, stepCommands(note, 2), opts);
    const look = v.commands.find((c) => c.text === 'ip -br link show br0');
    expect(look?.output).toMatch(/^br0 +UNKNOWN +\S+ <BROADCAST,MULTICAST,UP,LOWER_UP>/);
    expect(formatVerdict(v)).toMatch(/\$ ip -br link show br0\n {4}br0 +UNKNOWN/);
  });
});
