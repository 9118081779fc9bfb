/**
 * Issue 13 point 4 through `lab try` itself, on the curriculum notes of the sample vault: for each
 * planted mistake, the step fails, and the same answer followed by every hint of its differences
 * (in order, as a learner would type them) passes — state and the step's ping checks both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labTry, preflight, type LabOptions } from '../../src/lab/index.js';
import { suiteCanRun } from '../require-suite.js';
import { sampleLabNote, stepCommands, without } from './lab-note.js';

const pf = await preflight();
const ready = suiteCanRun('hints of the curriculum notes in a real sandbox', pf.ok, pf.ok ? '' : pf.reason);

const BRIDGE = 'Linux 브리지 네트워크.md';
const ROUTER = 'Linux 라우터 네임스페이스.md';
const NAT = 'Linux NAT와 MASQUERADE.md';
const SEED = 'Linux 네트워크 네임스페이스.md';

interface Mistake {
  name: string;
  file: string;
  step: number;
  /** The learner's answer, from the step's own commands. */
  answer: (own: string[]) => string[];
}

const MISTAKES: Mistake[] = [
  {
    name: 'bridge: one port not added',
    file: BRIDGE,
    step: 4,
    answer: (c) => without(c, /veth-red-br master/),
  },
  {
    name: 'bridge: a port added and taken out again',
    file: BRIDGE,
    step: 4,
    answer: (c) => [...c, 'sudo ip link set veth-blue-br nomaster'],
  },
  { name: 'bridge: one end left down', file: BRIDGE, step: 5, answer: (c) => without(c, /veth-blue up/) },
  { name: 'router: forwarding not turned on', file: ROUTER, step: 5, answer: (c) => without(c, /sysctl/) },
  {
    name: 'router: default route through the wrong gateway',
    file: ROUTER,
    step: 4,
    answer: (c) => c.map((x) => x.replace('default via 10.2.2.1', 'default via 10.2.2.9 dev right0 onlink')),
  },
  { name: 'NAT: MASQUERADE forgotten', file: NAT, step: 5, answer: (c) => without(c, /MASQUERADE/) },
  {
    name: 'NAT: MASQUERADE on the wrong interface',
    file: NAT,
    step: 5,
    answer: (c) => c.map((x) => x.replace('-o rt-out', '-o rt-in')),
  },
  { name: 'NAT: forwarding not turned on', file: NAT, step: 4, answer: (c) => without(c, /sysctl/) },
  {
    name: 'seed: /16 instead of /24',
    file: SEED,
    step: 5,
    answer: (c) => c.map((x) => x.replace('10.200.0.3/24', '10.200.0.3/16')),
  },
];

describe.skipIf(!ready)('typing the hints of a failed lab try makes it pass', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'bokseup-note-hints-'));
  const opts: LabOptions = { cacheDir };
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it.each(MISTAKES.map((m) => [m.name, m] as const))('%s', async (_name, m) => {
    const note = sampleLabNote(m.file);
    const answer = m.answer(stepCommands(note, m.step));
    const failed = await labTry(note, m.step, answer, opts);
    expect(failed.refused).toEqual([]);
    expect(failed.passed).toBe(false);
    const hints = failed.differences.flatMap((d) => (d.hint ? d.hint.split('; ') : []));
    expect(hints.length).toBeGreaterThan(0);
    const fixed = await labTry(note, m.step, [...answer, ...hints], opts);
    expect(fixed.refused).toEqual([]);
    expect(fixed.differences.map((d) => d.explanation)).toEqual([]);
    expect(fixed.passed).toBe(true);
  });
});
