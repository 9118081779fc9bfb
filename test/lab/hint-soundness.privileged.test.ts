/**
 * Issue 13 point 4 as a property over planted mistakes: for every mistake, the state a learner's
 * mistaken commands leave differs from the reference's, and typing every hint of the differences,
 * in order, as a learner would (understood like typed input, then run), makes the state equal to
 * the reference. Each side runs in its own real sandbox; nothing touches the host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareStates,
  createSandbox,
  preflight,
  runAction,
  takeSnapshot,
  understandCommand,
  type LabState,
  type Sandbox,
} from '../../src/lab/index.js';
import { suiteCanRun } from '../require-suite.js';
import { PLANTED_MISTAKES } from './planted-mistakes.js';

const pf = await preflight();
const ready = suiteCanRun('hint soundness in a real sandbox', pf.ok, pf.ok ? '' : pf.reason);

async function run(sandbox: Sandbox, lines: string[], who: 'note' | 'learner'): Promise<string[]> {
  const failures: string[] = [];
  if (!pf.ok) return failures;
  for (const line of lines) {
    const u = understandCommand(line, who);
    if (u.verdict !== 'run') {
      failures.push(`${line}: ${u.verdict} (${u.reason})`);
      continue;
    }
    const r = await runAction(sandbox, u.action, pf.tools);
    if (r.code !== 0) failures.push(`${line}: exit ${r.code ?? 'killed'} ${r.notRun ?? r.output}`);
  }
  return failures;
}

const snapshot = (s: Sandbox): Promise<LabState> => takeSnapshot((argv, opts) => s.run(argv, opts));

describe.skipIf(!ready)('every hint, typed in the mistaken state, makes the step pass', () => {
  const sandboxes: Sandbox[] = [];
  const fresh = async () => {
    if (!pf.ok) throw new Error('unreachable');
    const s = await createSandbox({ mode: pf.mode });
    sandboxes.push(s);
    return s;
  };
  beforeAll(() => undefined);
  afterAll(async () => {
    for (const s of sandboxes) await s.close();
  });

  it.each(PLANTED_MISTAKES)('$name', async ({ setup, solution, mistake }) => {
    const ref = await fresh();
    expect(await run(ref, [...setup, ...solution], 'note')).toEqual([]);
    const expected = await snapshot(ref);
    const learner = await fresh();
    expect(await run(learner, setup, 'note')).toEqual([]);
    expect(await run(learner, mistake, 'learner')).toEqual([]);
    const before = compareStates(expected, await snapshot(learner));
    expect(before.length).toBeGreaterThan(0);
    const hints = before.flatMap((d) => (d.hint ? d.hint.split('; ') : []));
    expect(await run(learner, hints, 'learner')).toEqual([]);
    const after = compareStates(expected, await snapshot(learner));
    expect(after.map((d) => d.explanation)).toEqual([]);
  });
});
