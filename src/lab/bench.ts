/**
 * `npm run bench` for the lab: the median whole-process time of `lab try` (seed step 5 by default)
 * next to its floor, a bash script doing the same sandbox, commands, snapshots and probes
 * (bench-floor.ts). Target: within 1.5× the floor. Runs alternate to share the machine's noise.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedNote } from '../note/types.js';
import { floorScript } from './bench-floor.js';
import { labEnvironment } from './lab-environment.js';
import { labTry, parseAnswers } from './lab-try.js';
import { referenceFor } from './run/reference-cache.js';
import { changesState } from './run/replay-reference.js';
import { groupForBatch } from './run/run-batched.js';
import { LAB_ENV } from './sandbox/process-runner.js';
import { buildScenario } from './scenario/build-scenario.js';

export interface BenchOptions {
  note: ParsedNote;
  step?: number;
  /** The learner's answer (default: the note's commands of the step plus the reference's repairs). */
  answers?: string[];
  runs?: number;
  /** The real CLI, e.g. `['node', 'bin/bokseup.js', 'lab', 'try', …]`; without it the time is estimated. */
  cliArgv?: string[];
}

export interface BenchFigures {
  step: number;
  runs: number;
  labTryInProcessMs: number;
  nodeStartMs: number;
  /** Measured from `cliArgv`, else `labTryInProcessMs + nodeStartMs`. */
  wholeProcessMs: number;
  wholeProcessMeasured: boolean;
  floorMs: number;
  ratio: number;
  target: number;
  withinTarget: boolean;
  passed: boolean;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

function timeProcess(argv: string[]): Promise<number> {
  const [file = '', ...args] = argv;
  const start = performance.now();
  return new Promise((resolve) =>
    execFile(file, args, { env: { ...process.env, ...LAB_ENV } }, () => resolve(performance.now() - start)),
  );
}

async function timed<T>(f: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await f();
  return [performance.now() - start, value];
}

/** Measure; see BenchFigures. Needs the lab's privileges (throws LabError(3) otherwise). */
export async function benchLab(opts: BenchOptions): Promise<BenchFigures> {
  const step = opts.step ?? 5;
  const runs = opts.runs ?? 7;
  const env = await labEnvironment({});
  const scenario = buildScenario(opts.note.labSteps);
  const reference = await referenceFor(scenario, { mode: env.mode, tools: env.tools });
  const index = scenario.steps.findIndex((s) => s.number === step);
  const answers = opts.answers ?? [
    ...(opts.note.labSteps[index]?.commands.map((c) => c.text) ?? []),
    ...(reference[index]?.repairs.map((r) => r.command) ?? []),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'bokseup-bench-'));
  const script = join(dir, 'floor.sh');
  const prepare = scenario.steps
    .slice(0, index)
    .flatMap((s, i) => [
      ...s.actions.map((p) => p.action).filter(changesState),
      ...(reference[i]?.repairs ?? []).map((r) => r.action),
    ]);
  const probes = reference[index]?.probes ?? [];
  const namespaces = Object.keys(reference[index]?.state ?? {}).filter((n) => n !== 'host');
  writeFileSync(
    script,
    floorScript({
      mode: env.mode,
      prepare: groupForBatch(prepare),
      learner: parseAnswers(answers).planned.map((p) => p.action),
      namespaces,
      probes,
    }),
  );
  const lab: number[] = [],
    floor: number[] = [],
    node: number[] = [],
    cli: number[] = [];
  let passed = true;
  try {
    for (let i = 0; i < runs; i++) {
      const [ms, v] = await timed(() => labTry(opts.note, step, answers, { environment: env }));
      lab.push(ms);
      passed &&= v.passed;
      floor.push(await timeProcess(['bash', script]));
      node.push(await timeProcess([process.execPath, '-e', '0']));
      if (opts.cliArgv) cli.push(await timeProcess(opts.cliArgv));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const whole = opts.cliArgv ? median(cli) : median(lab) + median(node);
  const floorMs = median(floor);
  const ratio = whole / floorMs;
  return {
    step,
    runs,
    labTryInProcessMs: median(lab),
    nodeStartMs: median(node),
    wholeProcessMs: whole,
    wholeProcessMeasured: !!opts.cliArgv,
    floorMs,
    ratio,
    target: 1.5,
    withinTarget: ratio <= 1.5,
    passed,
  };
}
