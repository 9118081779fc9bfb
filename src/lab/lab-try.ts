/**
 * `bokseup lab try NOTE --step N`: bring a fresh sandbox to the state before step N with the
 * reference, run the learner's commands (only understood ones; refused input runs nothing), then
 * compare the state and the step's checks with the reference after step N.
 */
import { checksPass, plural } from '../text/plural.js';
import type { ParsedNote } from '../note/types.js';
import {
  LabError,
  labEnvironment,
  type EarlySandbox,
  type LabEnvironment,
  type LabOptions,
} from './lab-environment.js';
import { observe } from './run/observe.js';
import { referenceFor } from './run/reference-cache.js';
import { actionsBefore, runPlanned, type ReferenceStep } from './run/replay-reference.js';
import { runBatched } from './run/run-batched.js';
import { runProbes } from './run/run-probe.js';
import { missingBefore, uncheckableReason } from './run/step-problem.js';
import type { LabTools } from './sandbox/preflight.js';
import { createSandbox, type Sandbox, type SandboxMode } from './sandbox/sandbox.js';
import { probeKey } from './scenario/expectations.js';
import { buildScenario } from './scenario/build-scenario.js';
import type { PlannedCommand, Scenario } from './scenario/types.js';
import { understandCommand } from './scenario/understand-command.js';
import { compareProbes, compareStates } from './state/compare-states.js';
import type { Difference, ProbeOutcome } from './state/types.js';
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

/** Index of step `step` in the scenario, or a usage LabError naming the steps there are. */
export function stepIndex(scenario: Scenario, step: number, path: string): number {
  const index = scenario.steps.findIndex((s) => s.number === step);
  if (index >= 0) return index;
  const known = scenario.steps.map((s) => s.number).join(', ') || 'none';
  throw new LabError(`${path} has no lab step ${step} (steps: ${known})`, 'usage');
}

/**
 * Start the preflight and a sandbox now, for a `labTry` to come (`opts.early`): its processes come
 * up while the caller opens the vault and reads the answers. Close it if no `labTry` takes it.
 * The sandbox starts in the mode the preflight almost always picks (root as root, else user) at the
 * same time as the preflight's own trial namespace, instead of after it (measured ~30 ms on a busy
 * 2-core machine); when the preflight picks another mode, or fails, that sandbox is closed.
 */
export async function startSandboxEarly(opts: LabOptions = {}): Promise<EarlySandbox> {
  const likely: SandboxMode = process.getuid?.() === 0 ? 'root' : 'user';
  const guessed = createSandbox({ mode: likely, ...runnerOf(opts) });
  guessed.catch(() => undefined); // a failed guess is replaced below
  const environment = await labEnvironment(opts).catch(async (err: unknown) => {
    await guessed.then(
      (s) => s.close(),
      () => undefined,
    );
    throw err;
  });
  if (environment.mode === likely) {
    const sandbox = await guessed.catch(() => null);
    if (sandbox) return { environment, sandbox };
  } else
    await guessed.then(
      (s) => s.close(),
      () => undefined,
    );
  return { environment, sandbox: await createSandbox({ mode: environment.mode, ...runnerOf(opts) }) };
}

/** Close a sandbox started early (idempotent; a failed start has nothing to close). */
export async function closeEarlySandbox(early: Promise<EarlySandbox>): Promise<void> {
  await early.then(
    (e) => e.sandbox.close(),
    () => undefined,
  );
}

/** Check a learner's answer to step `step` of `note`. Throws LabError (2 bad step, 3 environment). */
export async function labTry(
  note: ParsedNote,
  step: number,
  answers: string[],
  opts: LabOptions = {},
): Promise<LabVerdict> {
  try {
    return await checkAnswers(note, step, answers, opts);
  } finally {
    // Taken over from the caller: closed whether or not it was used.
    if (opts.early) await closeEarlySandbox(opts.early);
  }
}

async function checkAnswers(
  note: ParsedNote,
  step: number,
  answers: string[],
  opts: LabOptions,
): Promise<LabVerdict> {
  const scenario = buildScenario(note.labSteps);
  const index = stepIndex(scenario, step, note.path);
  const parsed = parseAnswers(answers);
  const base = { step, skipped: parsed.skipped, refused: parsed.refused, commands: [], referenceRepairs: [] };
  if (parsed.refused.length > 0) {
    const summary = `Step ${step}: nothing ran — ${plural(parsed.refused.length, 'command')} refused`;
    return { ...base, passed: false, differences: [], summary };
  }
  const early = await opts.early;
  const env = early?.environment ?? (await labEnvironment(opts));
  const reference = await referenceFor(scenario, { mode: env.mode, tools: env.tools, ...opts });
  const missing = missingBefore(reference, index);
  if (missing) throw new LabError(`step ${step} cannot run on this machine: ${missing}`, 'environment');
  const why = uncheckableReason(reference[index] as ReferenceStep);
  if (why !== null) {
    const summary = `Step ${step} cannot be checked: ${why}`;
    return { ...base, passed: false, differences: [], summary, uncheckable: why };
  }
  const sandbox = early?.sandbox ?? (await createSandbox({ mode: env.mode, ...runnerOf(opts) }));
  return { ...base, ...(await tryInSandbox(sandbox, scenario, reference, index, parsed.planned, env, opts)) };
}

const runnerOf = (opts: LabOptions) => (opts.runner ? { runner: opts.runner } : {});

type TryResult = Pick<LabVerdict, 'passed' | 'differences' | 'summary' | 'commands' | 'referenceRepairs'>;

/** Run the check in `sandbox` (fresh), and close it. */
async function tryInSandbox(
  sandbox: Sandbox,
  scenario: Scenario,
  reference: ReferenceStep[],
  index: number,
  planned: PlannedCommand[],
  env: LabEnvironment,
  opts: LabOptions,
): Promise<TryResult> {
  const target = reference[index] as ReferenceStep;
  // Cancelling tears the sandbox down: every process inside dies, the pending steps fail fast.
  const cancel = () => void sandbox.close();
  opts.signal?.addEventListener('abort', cancel, { once: true });
  if (opts.signal?.aborted) cancel();
  try {
    await runBatched(sandbox, actionsBefore(scenario, reference, index), env.tools);
    const commands = await runPlanned(sandbox, planned, { tools: env.tools, showAll: true });
    const differences = await judge(sandbox, target, env, opts);
    if (opts.signal?.aborted) throw new LabError('the lab check was cancelled', 'usage');
    const summary = summaryOf(target, differences.length);
    const referenceRepairs = target.repairs.map((r) => r.command);
    return { passed: differences.length === 0, differences, summary, commands, referenceRepairs };
  } catch (err) {
    throw opts.signal?.aborted ? new LabError('the lab check was cancelled', 'usage') : err;
  } finally {
    opts.signal?.removeEventListener('abort', cancel);
    await sandbox.close();
  }
}

/** Differences of the sandbox from the reference step: state first, then probes. */
async function judge(
  sandbox: Sandbox,
  target: ReferenceStep,
  env: LabEnvironment,
  opts: LabOptions,
): Promise<Difference[]> {
  const seen = await observe(sandbox, target.probes, env.tools, opts.settleMs);
  const stateDiffs = compareStates(target.state, seen.state);
  if (stateDiffs.length === 0)
    seen.probes = await reprobeFailures(sandbox, target.probes, seen.probes, env.tools);
  return [...stateDiffs, ...compareProbes(target.probes, seen.probes, stateDiffs[0])];
}

/**
 * The state matches but a probe disagrees: give it one more chance after 200 ms (a server or a
 * neighbour entry can lag the state by a moment) before calling it a difference.
 */
async function reprobeFailures(
  sandbox: Sandbox,
  expected: ProbeOutcome[],
  seen: ProbeOutcome[],
  tools: LabTools,
): Promise<ProbeOutcome[]> {
  const wrong = seen.filter((p) =>
    expected.some((e) => probeKey(e) === probeKey(p) && e.reachable !== p.reachable),
  );
  if (wrong.length === 0) return seen;
  await new Promise((resolve) => setTimeout(resolve, 200));
  const again = await runProbes(sandbox, wrong, tools);
  return seen.map((p) => again.find((a) => probeKey(a) === probeKey(p)) ?? p);
}

function summaryOf(target: ReferenceStep, count: number): string {
  const step = `Step ${target.number} (${target.title})`;
  if (count > 0) return `${step}: ${plural(count, 'difference')} from the reference`;
  const checks = target.probes.length;
  const passed = checks ? ` and ${checksPass(checks)}` : '';
  return `${step} passed: the state matches the reference${passed}`;
}
