/**
 * The lab's rows of `npm run bench` (bench/run.ts calls `runLabBench` for the seed and a second
 * 5-step lab): the real CLI's `lab try` of the note's step 5 with a passing answer, timed as a
 * whole process on a temporary vault and database, next to the bash floor doing the same work. Skipped, with the reason, where the lab
 * cannot run.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extractLabSteps } from '../src/note/lab-steps.js';
import type { ParsedNote } from '../src/note/types.js';
import { benchLab, planBench, type BenchFigures } from './lab-bench.js';
import { labEnvironment } from '../src/lab/lab-environment.js';

/** A note with only what the lab reads: the lab steps of `file`. */
export function labNoteOf(file: string): ParsedNote {
  const title = basename(file).replace(/\.md$/, '');
  const labSteps = extractLabSteps(readFileSync(file, 'utf8').split('\n'), 1);
  const fields = {
    firstStudy: '1970-01-01',
    subject: null,
    done: { d1: false, d4: false, d7: false, d14: false },
    longTerm: false,
    status: null,
  };
  return {
    path: basename(file),
    title,
    profileId: 'bench',
    fields,
    cards: [],
    labSteps,
    derivedAsWritten: {},
    diagnostics: [],
  };
}

function runOnce(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  const [file = '', ...args] = argv;
  return new Promise((resolve) =>
    execFile(file, args, { env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      const code = err && typeof err.code === 'number' ? err.code : err ? 1 : 0;
      resolve({ code, output: stdout + stderr });
    }),
  );
}

function rows(f: BenchFigures, cliNote: string): string {
  const line = (name: string, ms: number, extra = '') =>
    `${name.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms   ${extra}\n`;
  return (
    line(
      `lab try step ${f.step} (whole process)`,
      f.wholeProcessMs,
      `target ≤ ${f.target}× (bash floor + node -e 0 = ${(f.floorMs + f.nodeStartMs).toFixed(0)} ms): ${f.ratio.toFixed(2)}×${cliNote}`,
    ) +
    line('lab floor (bash, same work)', f.floorMs) +
    line(
      'lab try in-process',
      f.labTryInProcessMs,
      `${(f.labTryInProcessMs / f.floorMs).toFixed(2)}× floor`,
    ) +
    line('node -e 0', f.nodeStartMs) +
    (f.passed
      ? ''
      : `warning: in-process lab try of step ${f.step} did not pass: the times are of a failing check\n`)
  );
}

function copyIntoVault(file: string, vault: string): void {
  mkdirSync(vault);
  copyFileSync(file, join(vault, basename(file)));
}

/** Bench `lab try` through the CLI at `cli` on a copy of `seed`; returns the rows to print. */
export async function runLabBench(opts: { cli: string; seed: string; runs: number }): Promise<string> {
  const env = await labEnvironment({}).catch((err: unknown) =>
    err instanceof Error ? err.message : String(err),
  );
  if (typeof env === 'string') return `lab: skipped (${env})\n`;
  const note = labNoteOf(opts.seed);
  // Step 5 (or the first step) and a passing answer, with the scenario and reference built once.
  const plan = await planBench(note, env);
  const { step, answers } = plan;
  const dir = mkdtempSync(join(tmpdir(), 'bokseup-lab-bench-'));
  try {
    copyIntoVault(opts.seed, join(dir, 'vault'));
    const cliEnv = { BOKSEUP_VAULT: join(dir, 'vault'), BOKSEUP_DB: join(dir, 'bench.db'), NO_COLOR: '1' };
    const cliArgv = [process.execPath, opts.cli, 'lab', 'try', basename(opts.seed), '--step', String(step)];
    cliArgv.push(...answers.flatMap((a) => ['--answer', a]));
    const warm = await runOnce(cliArgv, cliEnv); // ingests the vault and caches the reference
    const cliNote =
      warm.code === 0 ? '' : ` (CLI exit ${warm.code}: ${warm.output.trim().split('\n')[0] ?? ''})`;
    const figures = await benchLab({ note, plan, runs: opts.runs, cliArgv, cliEnv, environment: env });
    return `lab: ${note.title === 'input' ? 'the seed note' : note.title}\n${rows(figures, cliNote)}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
