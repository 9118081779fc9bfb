/**
 * What every lab command needs before it touches anything: the preflight's verdict (or a failure
 * the CLI maps to exit 3), and the options callers may inject (a process runner for tests, a cache
 * directory for references, the settle window).
 */
import { preflight, realProbe, type LabTools } from './sandbox/preflight.js';
import type { ProcessRunner } from './sandbox/process-runner.js';
import type { Sandbox, SandboxMode } from './sandbox/sandbox.js';
import { UserError } from '../text/user-error.js';

/** A lab failure: `usage` (no such step, a cancelled check) or `environment` (the sandbox cannot run). */
export class LabError extends UserError {
  override name = 'LabError';

  constructor(message: string, kind: 'usage' | 'environment') {
    super(message, kind);
  }
}

export interface LabOptions {
  runner?: ProcessRunner;
  /** Directory for cached reference states (e.g. next to the database). */
  cacheDir?: string;
  /** A preflight result already computed (skips the check). */
  environment?: LabEnvironment;
  /** How long to wait for link state to settle before judging (default 1500 ms). */
  settleMs?: number;
  /** Aborting stops a running check (the review's learner left the card): a LabError 'cancelled'. */
  signal?: AbortSignal;
  /**
   * A sandbox started ahead of the check (`startSandboxEarly`), so that its processes come up
   * while the caller reads the note. `labTry` takes it over and closes it, whatever happens.
   */
  early?: Promise<EarlySandbox>;
}

/** The environment and a fresh sandbox in it, started before the check knows its scenario. */
export interface EarlySandbox {
  environment: LabEnvironment;
  sandbox: Sandbox;
}

export interface LabEnvironment {
  mode: SandboxMode;
  tools: LabTools;
  warnings: string[];
}

/** Run the preflight (unless given) and return the environment, or throw LabError('environment') with the fix. */
export async function labEnvironment(opts: LabOptions): Promise<LabEnvironment> {
  if (opts.environment) return opts.environment;
  const result = await preflight(realProbe(opts.runner));
  if (!result.ok) throw new LabError(`${result.reason}. Fix: ${result.fix}`, 'environment');
  return { mode: result.mode, tools: result.tools, warnings: result.warnings };
}
