/**
 * The reference of a lab, built once per process (memory) and, with a cache directory, once per
 * version of the lab steps (a JSON file keyed by a hash of the scenario, the sandbox mode, the
 * available tools and this module's format version). Building it takes one sandbox replay.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabTools } from '../sandbox/preflight.js';
import type { ProcessRunner } from '../sandbox/process-runner.js';
import { createSandbox, type SandboxMode } from '../sandbox/sandbox.js';
import type { Scenario } from '../scenario/types.js';
import { replayReference, type ReferenceStep } from './replay-reference.js';

/** Bump when the reference's shape or meaning changes: old cache files are then ignored. */
export const REFERENCE_FORMAT = 2;

export interface ReferenceDeps {
  mode: SandboxMode;
  tools: LabTools;
  runner?: ProcessRunner;
  /** Where to keep reference JSON files; no file cache without it. */
  cacheDir?: string;
  settleMs?: number;
}

const memory = new Map<string, ReferenceStep[]>();

/** The cache key of a scenario's reference. */
export function referenceKey(scenario: Scenario, deps: Pick<ReferenceDeps, 'mode' | 'tools'>): string {
  const steps = scenario.steps.map((s) => ({
    n: s.number,
    a: s.actions.map((p) => p.action),
    e: s.expectations,
  }));
  const text = JSON.stringify({ f: REFERENCE_FORMAT, mode: deps.mode, tools: deps.tools, steps });
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

function readCache(file: string): ReferenceStep[] | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ReferenceStep[];
  } catch {
    return null;
  }
}

function writeCache(dir: string, file: string, steps: ReferenceStep[]): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(steps));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}

/** The reference steps of `scenario`, from memory, the cache file, or a fresh sandbox replay. */
export async function referenceFor(scenario: Scenario, deps: ReferenceDeps): Promise<ReferenceStep[]> {
  const key = referenceKey(scenario, deps);
  const known = memory.get(key);
  if (known) return known;
  const file = deps.cacheDir ? join(deps.cacheDir, `lab-reference-${key}.json`) : null;
  let steps = file ? readCache(file) : null;
  if (!steps) {
    const sandbox = await createSandbox({ mode: deps.mode, ...(deps.runner ? { runner: deps.runner } : {}) });
    try {
      steps = await replayReference(sandbox, scenario, {
        tools: deps.tools,
        ...(deps.settleMs ? { settleMs: deps.settleMs } : {}),
      });
    } finally {
      await sandbox.close();
    }
    if (file && deps.cacheDir) writeCache(deps.cacheDir, file, steps);
  }
  memory.set(key, steps);
  return steps;
}

/** Forget in-memory references (tests). */
export function clearReferenceMemory(): void {
  memory.clear();
}
