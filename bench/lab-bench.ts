/**
 * `npm run bench` for the lab: the median whole-process time of `lab try` (seed step 5 by default)
 * next to its floor, a bash script doing the same sandbox, commands, snapshots and probes
 * (bench-floor.ts). Target: within 1.5× the floor. Runs alternate to share the machine's noise.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedNote } from '../src/note/types.js';
import { floorScript } from './lab-floor.js';
import { labEnvironment, type LabEnvironment } from '../src/lab/lab-environment.js';
import { labTry, parseAnswers, stepIndex } from '../src/lab/lab-try.js';
import { referenceFor } from '../src/lab/run/reference-cache.js';
import { actionsBefore, type ReferenceStep } from '../src/lab/run/replay-reference.js';
import { groupForBatch } from '../src/lab/run/run-batched.js';
import { LAB_ENV } from '../src/lab/sandbox/process-runner.js';
import { buildScenario } from '../src/lab/scenario/build-scenario.js';
import { HOST_NS, type Scenario } from '../src/lab/scenario/types.js';

export interface BenchOptions {
  note: ParsedNote;
  step?: number;
  /** The learner's answer (default: the note's commands of the step plus the reference's repairs). */
  answers?: string[];
  runs?: number;
  /** The real CLI, e.g. `['node', 'bin/bokseup.js', 'lab', 'try', …]`; without it the time is estimated. */
  cliArgv?: string[];
  /** Extra environment for the CLI (its vault and database). */
  cliEnv?: NodeJS.ProcessEnv;
  /** A preflight already done. */
  environment?: LabEnvironment;
  /** A plan already made (planBench) with that environment: its step and answers are used. */
  plan?: BenchPlan;
}

export interface BenchFigures {
  step: number;
  labTryInProcessMs: number;
  nodeStartMs: number;
  /** Measured from `cliArgv`, else `labTryInProcessMs + nodeStartMs`. */
  wholeProcessMs: number;
  /** The bash script alone; the ratio's floor adds `nodeStartMs` to it. */
  floorMs: number;
  /** wholeProcessMs / (floorMs + nodeStartMs). */
  ratio: number;
  target: number;
  /** Every in-process `lab try` passed (else the times are of a failing check). */
  passed: boolean;
}

/** What a bench checks: step `step` (index `index`) of the note's scenario, its reference and the answer. */
export interface BenchPlan {
  step: number;
  index: number;
  scenario: Scenario;
  reference: ReferenceStep[];
  answers: string[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

function timeProcess(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const [file = '', ...args] = argv;
  const start = performance.now();
  return new Promise((resolve) =>
    execFile(file, args, { env: { ...process.env, ...LAB_ENV, ...env } }, () =>
      resolve(performance.now() - start),
    ),
  );
}

async function timed<T>(f: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await f();
  return [performance.now() - start, value];
}

interface Samples {
  lab: number[];
  floor: number[];
  node: number[];
  cli: number[];
  passed: boolean;
}

/** The floor script for `answers` to step `index`, written into `dir`. */
function writeFloor(
  dir: string,
  scenario: Scenario,
  reference: ReferenceStep[],
  index: number,
  answers: string[],
  env: LabEnvironment,
): string {
  const script = join(dir, 'floor.sh');
  const target = reference[index];
  const plan = {
    mode: env.mode,
    prepare: groupForBatch(actionsBefore(scenario, reference, index)),
    learner: parseAnswers(answers).planned.map((p) => p.action),
    namespaces: Object.keys(target?.state ?? {}).filter((n) => n !== HOST_NS),
    probes: target?.probes ?? [],
  };
  writeFileSync(script, floorScript(plan));
  return script;
}

/** Alternate `lab try`, the floor, `node -e 0` (and the CLI) `runs` times. */
async function sample(
  opts: BenchOptions,
  step: number,
  answers: string[],
  script: string,
  env: LabEnvironment,
): Promise<Samples> {
  const s: Samples = { lab: [], floor: [], node: [], cli: [], passed: true };
  for (let i = 0; i < (opts.runs ?? 7); i++) {
    const [ms, v] = await timed(() => labTry(opts.note, step, answers, { environment: env }));
    s.lab.push(ms);
    s.passed &&= v.passed;
    s.floor.push(await timeProcess(['bash', script]));
    s.node.push(await timeProcess([process.execPath, '-e', '0']));
    if (opts.cliArgv) s.cli.push(await timeProcess(opts.cliArgv, opts.cliEnv));
  }
  return s;
}

/**
 * Build `note`'s scenario and reference once, for step `step` (a usage LabError when the note has no such
 * step; default: 5 when the note has it, else its first step). The answer is `answers`, or by default
 * one that passes: the note's commands of the step plus the commands the reference adds to it.
 */
export async function planBench(
  note: ParsedNote,
  env: LabEnvironment,
  step?: number,
  answers?: string[],
): Promise<BenchPlan> {
  const scenario = buildScenario(note.labSteps);
  const reference = await referenceFor(scenario, { mode: env.mode, tools: env.tools });
  const index =
    step === undefined
      ? Math.max(
          0,
          note.labSteps.findIndex((s) => s.number === 5),
        )
      : stepIndex(scenario, step, note.path);
  const shown = note.labSteps[index]?.commands.map((c) => c.text) ?? [];
  const added = reference[index]?.repairs.map((r) => r.command) ?? [];
  return {
    step: step ?? note.labSteps[index]?.number ?? 1,
    index,
    scenario,
    reference,
    answers: answers ?? [...shown, ...added],
  };
}

/** Measure; see BenchFigures. Needs the lab's privileges (throws an environment LabError otherwise). */
export async function benchLab(opts: BenchOptions): Promise<BenchFigures> {
  const env = await labEnvironment(opts.environment ? { environment: opts.environment } : {});
  const plan = opts.plan ?? (await planBench(opts.note, env, opts.step ?? 5, opts.answers));
  const { step, index, scenario, reference, answers } = plan;
  const dir = mkdtempSync(join(tmpdir(), 'bokseup-bench-'));
  let s: Samples;
  try {
    s = await sample(opts, step, answers, writeFloor(dir, scenario, reference, index, answers, env), env);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figuresOf(opts, step, s);
}

function figuresOf(opts: BenchOptions, step: number, s: Samples): BenchFigures {
  const wholeProcessMs = opts.cliArgv ? median(s.cli) : median(s.lab) + median(s.node);
  const floorMs = median(s.floor);
  // The floor: the shell script doing the same work, plus Node's own start (`node -e 0`).
  const ratio = wholeProcessMs / (floorMs + median(s.node));
  return {
    step,
    labTryInProcessMs: median(s.lab),
    nodeStartMs: median(s.node),
    wholeProcessMs,
    floorMs,
    ratio,
    target: 1.5,
    passed: s.passed,
  };
}
