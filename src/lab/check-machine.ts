/**
 * `bokseup lab check NOTE [--step N]`: read-only check of the live machine (the user's VM) against
 * the reference after step N (default: the last). Only `ip -j` reads and the step's probes run on
 * the host; only the names the lab uses are compared (the host's eth0, docker0 and other namespaces
 * are ignored), and probes go only to addresses of the lab's own links there (see live-probes.ts).
 */
import { checksPass, plural } from '../text/plural.js';
import type { ParsedNote } from '../note/types.js';
import { LabError, labEnvironment, type LabOptions } from './lab-environment.js';
import { liveProbes } from './live-probes.js';
import { referenceFor } from './run/reference-cache.js';
import type { ReferenceStep } from './run/replay-reference.js';
import { runProbes } from './run/run-probe.js';
import { realRunner } from './sandbox/process-runner.js';
import { buildScenario } from './scenario/build-scenario.js';
import type { Scenario } from './scenario/types.js';
import { compareProbes, compareStates } from './state/compare-states.js';
import { takeSnapshot, type IpExec } from './run/take-snapshot.js';
import { HOST_NS, type LabState, type NamespaceState } from './state/types.js';
import type { LabVerdict } from './verdict.js';

export interface LabCheckOptions extends LabOptions {
  step?: number;
  /** Where the read-only `ip` calls run (default: this machine, no sandbox). */
  hostExec?: IpExec;
}

/** Keep only the namespaces, links, addresses, routes and neighbours whose names the reference uses. */
export function restrictToLab(actual: LabState, reference: LabState): LabState {
  const names = new Set(Object.values(reference).flatMap((s) => Object.keys(s.links)));
  const out: LabState = {};
  for (const [ns, s] of Object.entries(actual)) {
    if (!reference[ns]) continue;
    const links = Object.fromEntries(Object.entries(s.links).filter(([n]) => names.has(n)));
    const ours = (text: string) => [...names].some((n) => text.split(' ').includes(n));
    out[ns] = {
      links,
      addresses: s.addresses.filter((a) => names.has(a.split(' ')[0] ?? '')),
      routes: s.routes.filter(ours),
      // The machine's own rules are not the lab's: only those the reference has are compared.
      rules: (s.rules ?? []).filter((r) => reference[ns]?.rules?.includes(r)),
      neighbours: (s.neighbours ?? []).filter(ours),
      ...(s.fdb ? { fdb: s.fdb.filter(ours) } : {}),
      ...machineSettings(ns, s, reference[ns]),
    };
  }
  return out;
}

/**
 * Sysctls and netfilter rules: a lab namespace's as they are; the machine's own namespace's only
 * where the lab sets them (the reference's rules; its sysctls that are not 0), since a real host has
 * its own forwarding and firewall.
 */
function machineSettings(
  ns: string,
  s: NamespaceState,
  ref: NamespaceState | undefined,
): Partial<NamespaceState> {
  if (ns !== HOST_NS)
    return {
      ...(s.sysctls ? { sysctls: s.sysctls } : {}),
      ...(s.netfilter ? { netfilter: s.netfilter } : {}),
    };
  const sysctls = Object.fromEntries(
    Object.entries(s.sysctls ?? {}).filter(([k]) => (ref?.sysctls?.[k] ?? '0') !== '0'),
  );
  const netfilter = (s.netfilter ?? []).filter((r) => ref?.netfilter?.includes(r));
  return { ...(s.sysctls ? { sysctls } : {}), ...(s.netfilter ? { netfilter } : {}) };
}

/** Snapshot the live machine; reading other namespaces needs root (exit 3 with the fix otherwise). */
async function readLive(exec: IpExec, namespaces: ReadonlySet<string>): Promise<LabState> {
  try {
    return await takeSnapshot(exec, namespaces);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new LabError(
      `could not read this machine's network state (${why}). Fix: run it as root, e.g. sudo bokseup lab check`,
      'environment',
    );
  }
}

/** The index of step `opts.step` (default: the last) of `scenario`, or a usage LabError. */
function stepIndexOf(scenario: Scenario, path: string, wanted: number | undefined): number {
  const step = wanted ?? scenario.steps[scenario.steps.length - 1]?.number;
  const index = scenario.steps.findIndex((s) => s.number === step);
  if (step !== undefined && index >= 0) return index;
  const known = scenario.steps.map((s) => s.number).join(', ') || 'none';
  throw new LabError(`${path} has no lab step ${step ?? ''} (steps: ${known})`, 'usage');
}

/**
 * Compare the live machine with the reference after a step: its state (read-only `ip -j` reads,
 * limited to the lab's names), then the step's probes that are safe to send here (`liveProbes`),
 * explained as `lab try` explains them. The verdict's commands are empty: nothing was changed.
 */
export async function checkMachine(note: ParsedNote, opts: LabCheckOptions = {}): Promise<LabVerdict> {
  const scenario = buildScenario(note.labSteps);
  const index = stepIndexOf(scenario, note.path, opts.step);
  const env = await labEnvironment(opts);
  const target = (await referenceFor(scenario, { mode: env.mode, tools: env.tools, ...opts }))[index];
  if (!target) throw new LabError(`no reference for step ${opts.step ?? 'last'}`, 'usage');
  const runner = opts.runner ?? realRunner;
  const exec: IpExec = opts.hostExec ?? ((argv, o) => runner.run(argv, o));
  const namespaces = new Set(Object.keys(target.state));
  const actual = restrictToLab(await readLive(exec, namespaces), target.state);
  const stateDiffs = compareStates(target.state, actual);
  const probes = liveProbes(target.probes, actual);
  // Probes run where the state was read (a test's hand-built machine, or this one).
  const seen = await runProbes({ run: exec }, probes.send, env.tools);
  const differences = [...stateDiffs, ...compareProbes(probes.send, seen, stateDiffs[0])];
  return {
    passed: differences.length === 0,
    step: target.number,
    differences,
    skipped: probes.held,
    refused: [],
    summary: summaryOf(target, differences.length, seen.length),
    commands: [],
    referenceRepairs: target.repairs.map((r) => r.command),
  };
}

function summaryOf(target: ReferenceStep, count: number, checks: number): string {
  const after = `the lab after step ${target.number} (${target.title})`;
  if (count > 0) return `This machine differs from ${after}: ${plural(count, 'difference')}`;
  const passed = checks > 0 ? ` and ${checksPass(checks)}` : '';
  return `This machine matches ${after}${passed}`;
}
