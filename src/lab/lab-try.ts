/**
 * `bokseup lab try NOTE --step N`: bring a fresh sandbox to the state before step N with the
 * reference, run the learner's commands (only understood ones; refused input runs nothing), then
 * compare the state and the step's checks with the reference after step N.
 */
import type { ParsedNote } from '../note/types.js';
import { LabError, labEnvironment, type LabOptions } from './lab-environment.js';
import { observe } from './run/observe.js';
import { referenceFor } from './run/reference-cache.js';
import { changesState, runPlanned, type ReferenceStep } from './run/replay-reference.js';
import type { runAction } from './run/run-action.js';
import { runBatched } from './run/run-batched.js';
import { createSandbox, type Sandbox } from './sandbox/sandbox.js';
import { buildScenario } from './scenario/build-scenario.js';
import type { PlannedCommand, Scenario } from './scenario/types.js';
import { understandCommand } from './scenario/understand-command.js';
import { compareProbes, compareStates } from './state/compare-states.js';
import type { LabVerdict } from './verdict.js';

interface ParsedAnswers {
  planned: PlannedCommand[];
  skipped: LabVerdict['skipped'];
  refused: LabVerdict['refused'];
}

/** Understand the learner's lines (blank lines and `#` comments ignored). */
export function parseAnswers(answers: string[]): ParsedAnswers {
  const out: ParsedAnswers = { planned: [], skipped: [], refused: [] };
  answers
    .flatMap((a) => a.split('\n'))
    .forEach((raw, i) => {
      const text = raw.trim();
      if (text === '' || text.startsWith('#')) return;
      const u = understandCommand(text, 'learner');
      if (u.verdict === 'run') out.planned.push({ text, line: i + 1, action: u.action });
      else out[u.verdict === 'skip' ? 'skipped' : 'refused'].push({ command: text, reason: u.reason });
    });
  return out;
}

/** Check a learner's answer to step `step` of `note`. Throws LabError (2 bad step, 3 environment). */
export async function labTry(
  note: ParsedNote,
  step: number,
  answers: string[],
  opts: LabOptions = {},
): Promise<LabVerdict> {
  const scenario = buildScenario(note.labSteps);
  const index = scenario.steps.findIndex((s) => s.number === step);
  if (index < 0) {
    const known = scenario.steps.map((s) => s.number).join(', ') || 'none';
    throw new LabError(`${note.path} has no lab step ${step} (steps: ${known})`, 2);
  }
  const parsed = parseAnswers(answers);
  const base = { step, skipped: parsed.skipped, refused: parsed.refused, commands: [], referenceRepairs: [] };
  if (parsed.refused.length > 0) {
    return {
      ...base,
      passed: false,
      differences: [],
      summary: `Step ${step}: nothing ran — ${parsed.refused.length} command(s) refused`,
    };
  }
  const env = await labEnvironment(opts);
  const reference = await referenceFor(scenario, { mode: env.mode, tools: env.tools, ...opts });
  const target = reference[index] as ReferenceStep;
  const sandbox = await createSandbox({ mode: env.mode, ...(opts.runner ? { runner: opts.runner } : {}) });
  try {
    await prepare(sandbox, scenario, reference, index, env.tools);
    const commands = await runPlanned(sandbox, parsed.planned, { tools: env.tools, showAll: true });
    const seen = await observe(sandbox, target.probes, env.tools, opts.settleMs);
    const stateDiffs = compareStates(target.state, seen.state);
    const differences = [...stateDiffs, ...compareProbes(target.probes, seen.probes, stateDiffs[0])];
    const repairs = target.repairs.map((r) => r.command);
    return {
      ...base,
      commands,
      referenceRepairs: repairs,
      passed: differences.length === 0,
      differences,
      summary: summaryOf(step, differences.length, target),
    };
  } finally {
    await sandbox.close();
  }
}

/** Replay the reference of the steps before `index`, with the commands the reference added. */
async function prepare(
  sandbox: Sandbox,
  scenario: Scenario,
  reference: ReferenceStep[],
  index: number,
  tools: Parameters<typeof runAction>[2],
): Promise<void> {
  const actions = scenario.steps
    .slice(0, index)
    .flatMap((s, i) => [
      ...s.actions.map((p) => p.action).filter(changesState),
      ...(reference[i]?.repairs ?? []).map((r) => r.action),
    ]);
  await runBatched(sandbox, actions, tools);
}

function summaryOf(step: number, count: number, target: ReferenceStep): string {
  if (count > 0)
    return `Step ${step} (${target.title}): ${count} difference${count > 1 ? 's' : ''} from the reference`;
  const checks = target.probes.length;
  return `Step ${step} (${target.title}) passed: the state matches the reference${checks ? ` and ${checks} check${checks > 1 ? 's' : ''} pass` : ''}`;
}
