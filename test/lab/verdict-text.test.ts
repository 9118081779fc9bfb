/** `formatVerdict`: the text `lab try` prints shows every command the learner ran with its output, like a terminal. */
import { describe, expect, it } from 'vitest';
import { formatVerdict, type LabVerdict } from '../../src/lab/index.js';

const base: LabVerdict = {
  passed: false,
  step: 5,
  summary: 'Step 5 (연결하기): 1 difference from the reference',
  differences: [
    {
      path: 'host.links.veth0.up',
      expected: true,
      actual: false,
      explanation: 'veth0 is down — did you run `ip link set veth0 up` in the host namespace?',
      hint: 'ip link set veth0 up',
    },
  ],
  skipped: [],
  refused: [],
  commands: [
    { text: 'ip a add 10.200.0.2/24 dev veth0', code: 0, output: '' },
    {
      text: 'ip -br addr',
      code: 0,
      output: 'lo               UNKNOWN        127.0.0.1/8\nveth0@if3        DOWN           10.200.0.2/24\n',
    },
    { text: 'ping -c 1 10.200.0.3', code: 1, output: '' },
    {
      text: 'ip netns exec nowhere ip link',
      code: null,
      output: '',
      notRun: 'not run: an earlier command hung',
    },
  ],
  referenceRepairs: [],
};

describe('formatVerdict', () => {
  it('prints each command as `$ command` with its output under it, then the causes and fixes', () => {
    expect(formatVerdict(base).split('\n')).toEqual([
      '✘ Step 5 (연결하기): 1 difference from the reference',
      '  $ ip a add 10.200.0.2/24 dev veth0',
      '  $ ip -br addr',
      '    lo               UNKNOWN        127.0.0.1/8',
      '    veth0@if3        DOWN           10.200.0.2/24',
      '  $ ping -c 1 10.200.0.3',
      '    (exit 1)',
      '  $ ip netns exec nowhere ip link',
      '    not run: an earlier command hung',
      '  1. veth0 is down — did you run `ip link set veth0 up` in the host namespace?',
      '     try: ip link set veth0 up',
    ]);
  });

  it('keeps a long output readable: 20 lines, then how many more', () => {
    const output = Array.from({ length: 25 }, (_, i) => `line ${i + 1}`).join('\n');
    const text = formatVerdict({
      ...base,
      differences: [],
      commands: [{ text: 'ip -d link', code: 0, output }],
    });
    expect(text).toContain('    line 20\n    … (5 more lines)');
    expect(text).not.toContain('line 21');
  });
});
