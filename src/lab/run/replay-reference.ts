/**
 * Replay the note's reference, step by step, in one sandbox: run each step's commands, look at the
 * state and check the step's expectations; where the note's own commands do not produce what it
 * shows, propose the missing commands, run them, and look again. The result is the reference each
 * `lab try` compares with, and what `lab demo` shows.
 */
import type { LabTools } from '../sandbox/preflight.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { describeAction } from '../scenario/action-argv.js';
import { probeKey } from '../scenario/expectations.js';
import { proposeRepairs } from '../scenario/propose-repairs.js';
import { skippedChanges } from '../scenario/skipped-changes.js';
import type { Action, Expectation, PlannedCommand, Scenario, ScenarioStep } from '../scenario/types.js';
import type { LabState, ProbeOutcome } from '../state/types.js';
import { observe } from './observe.js';
import { runAction } from './run-action.js';
import { runProbes } from './run-probe.js';
import { missingFeature, type ReferenceFailure } from './step-problem.js';

/** A command that ran, with what it printed. */
export interface CommandRun {
  text: string;
  code: number | null;
  output: string;
  notRun?: string;
}

/** An expectation of the note and what the probe found. */
export interface ExpectationCheck {
  expectation: Expectation;
  outcome: ProbeOutcome;
}

export interface ReferenceStep {
  number: number;
  title: string;
  /** State after the step (and its repairs). */
  state: LabState;
  /** Outcomes of the step's expectations after repairs: what a learner's run must reproduce. */
  probes: ProbeOutcome[];
  /** Expectations the note's own commands did not meet. */
  failedAsWritten: ExpectationCheck[];
  /** Commands missing from the note, which make its shown output come true. */
  repairs: { command: string; action: Action }[];
  /** Expectations still unmet after the repairs. */
  unmet: ExpectationCheck[];
  /** The note's state-changing commands that failed in the reference (see step-problem.ts). */
  failures: ReferenceFailure[];
  /** The step means to change something, yet neither its state nor its checks differ from before it. */
  changesNothing: boolean;
  /** Every command with its output (only when replayed with `showAll`). */
  commands?: CommandRun[];
}

export interface ReplayOptions {
  tools: LabTools;
  /** Run read-only commands too and keep every command's output (for the demo). */
  showAll?: boolean;
  settleMs?: number;
}

/** Is this action worth running when only the resulting state matters? */
export function changesState(action: Action): boolean {
  return action.kind === 'nginx' || ((action.kind === 'ip' || action.kind === 'tool') && !action.readOnly);
}

/** Run planned commands in order; read-only ones only when `showAll`. */
export async function runPlanned(
  sandbox: Sandbox,
  planned: PlannedCommand[],
  opts: ReplayOptions,
): Promise<CommandRun[]> {
  const runs: CommandRun[] = [];
  for (const p of planned) {
    if (!opts.showAll && !changesState(p.action)) continue;
    const r = await runAction(sandbox, p.action, opts.tools);
    runs.push({ text: p.text, code: r.code, output: r.output, ...(r.notRun ? { notRun: r.notRun } : {}) });
  }
  return runs;
}

const checksOf = (expectations: Expectation[], probes: ProbeOutcome[]): ExpectationCheck[] =>
  expectations.flatMap((e) => {
    const outcome = probes.find((p) => probeKey(p) === probeKey(e));
    return outcome ? [{ expectation: e, outcome }] : [];
  });

/** Replay every step of `scenario` in `sandbox` (fresh, empty). */
export async function replayReference(
  sandbox: Sandbox,
  scenario: Scenario,
  opts: ReplayOptions,
): Promise<ReferenceStep[]> {
  const steps: ReferenceStep[] = [];
  let before = (await observe(sandbox, [], opts.tools, 0)).state;
  for (const step of scenario.steps) {
    const ref = await replayStep(sandbox, step, before, opts);
    steps.push(ref);
    before = ref.state;
  }
  return steps;
}

const unmetOf = (expectations: Expectation[], probes: ProbeOutcome[]): ExpectationCheck[] =>
  checksOf(expectations, probes).filter((c) => c.outcome.reachable !== c.expectation.reachable);

/** Does the step mean to change anything (a state-changing command, run or skipped)? */
function meansChange(step: ScenarioStep): boolean {
  return skippedChanges(step).length > 0 || step.actions.some((p) => changesState(p.action));
}

/** Failed state-changing commands of the step, with what the machine lacks for them. */
function failuresOf(step: ScenarioStep, runs: CommandRun[]): ReferenceFailure[] {
  const changing = step.actions.filter((p) => changesState(p.action));
  return changing.flatMap((p) => {
    const r = runs.find((x) => x.text === p.text);
    if (!r || (r.code === 0 && !r.notRun)) return [];
    const missing = missingFeature(p.action, r.output, r.notRun);
    return [{ command: p.text, line: p.line, output: r.notRun ?? r.output, ...(missing ? { missing } : {}) }];
  });
}

const sameOutcomes = (a: ProbeOutcome[], b: ProbeOutcome[]): boolean =>
  a.every((p) => b.some((q) => probeKey(q) === probeKey(p) && q.reachable === p.reachable));

async function replayStep(
  sandbox: Sandbox,
  step: ScenarioStep,
  before: LabState,
  opts: ReplayOptions,
): Promise<ReferenceStep> {
  const probesBefore = await runProbes(sandbox, step.expectations, opts.tools);
  const commands = await runPlanned(sandbox, step.actions, opts);
  let seen = await observe(sandbox, step.expectations, opts.tools, opts.settleMs);
  const failedAsWritten = unmetOf(step.expectations, seen.probes);
  const repairs = proposeRepairs(
    seen.state,
    failedAsWritten.map((c) => c.expectation),
  ).map((action) => ({ command: describeAction(action), action }));
  if (repairs.length > 0) {
    for (const r of repairs) await runAction(sandbox, r.action, opts.tools);
    seen = await observe(sandbox, step.expectations, opts.tools, opts.settleMs);
  }
  const unchanged =
    JSON.stringify(seen.state) === JSON.stringify(before) && sameOutcomes(seen.probes, probesBefore);
  const ref: ReferenceStep = {
    number: step.number,
    title: step.title,
    state: seen.state,
    probes: seen.probes,
    failedAsWritten,
    repairs,
    unmet: unmetOf(step.expectations, seen.probes),
    failures: failuresOf(step, commands),
    changesNothing: meansChange(step) && unchanged,
  };
  if (opts.showAll) ref.commands = commands;
  return ref;
}

/** What brings a fresh sandbox to the state before step `index`: earlier steps' changes and repairs. */
export function actionsBefore(scenario: Scenario, reference: ReferenceStep[], index: number): Action[] {
  return scenario.steps
    .slice(0, index)
    .flatMap((s, i) => [
      ...s.actions.map((p) => p.action).filter(changesState),
      ...(reference[i]?.repairs ?? []).map((r) => r.action),
    ]);
}
