/**
 * `bokseup lab demo NOTE`: replay the note's lab step by step in a sandbox, showing every command's
 * output and the state after each step, and report where the note's own commands do not produce
 * the output it shows — naming the commands that are missing (the seed's step 5 never brings the
 * veth pair up, yet shows ping succeeding).
 */
import type { ParsedNote } from '../note/types.js';
import { LabError, labEnvironment, type LabOptions } from './lab-environment.js';
import { replayReference, type ReferenceStep } from './run/replay-reference.js';
import { missingBefore, uncheckableReason } from './run/step-problem.js';
import { createSandbox } from './sandbox/sandbox.js';
import { buildScenario } from './scenario/build-scenario.js';
import { compareShown } from './scenario/compare-shown.js';
import type { Scenario } from './scenario/types.js';
import { formatState } from './state/format-state.js';

export interface DemoReport {
  path: string;
  /** True when every shown output the lab can check came true with the note's own commands. */
  consistent: boolean;
  steps: (ReferenceStep & { skipped: { command: string; reason: string }[] })[];
  /** One line per step whose shown output needed commands the note leaves out. */
  findings: string[];
}

/** Replay `note`'s lab; see the module comment. Throws an environment LabError when the lab cannot run here. */
export async function labDemo(note: ParsedNote, opts: LabOptions = {}): Promise<DemoReport> {
  const scenario = buildScenario(note.labSteps);
  const env = await labEnvironment(opts);
  const sandbox = await createSandbox({ mode: env.mode, ...(opts.runner ? { runner: opts.runner } : {}) });
  let steps: ReferenceStep[];
  try {
    steps = await replayReference(sandbox, scenario, {
      tools: env.tools,
      showAll: true,
      ...(opts.settleMs ? { settleMs: opts.settleMs } : {}),
    });
  } finally {
    await sandbox.close();
  }
  const missing = missingBefore(steps, steps.length - 1);
  if (missing) throw new LabError(`this lab cannot run on this machine: ${missing}`, 'environment');
  const findings = [...steps.flatMap((s) => findingOf(s)), ...shownMismatches(note, scenario, steps)];
  return {
    path: note.path,
    consistent: findings.length === 0,
    steps: withSkipped(steps, scenario),
    findings,
  };
}

/** The lab's own names: every link and namespace of the reference (the author's eth0 is not one). */
function labNames(steps: ReferenceStep[]): Set<string> {
  return new Set(steps.flatMap((s) => Object.values(s.state).flatMap((n) => Object.keys(n.links))));
}

/** Each shown `ip -br link`/`ip -br addr`/`ip route` line the machine contradicts, with its note line. */
function shownMismatches(note: ParsedNote, scenario: Scenario, steps: ReferenceStep[]): string[] {
  const names = labNames(steps);
  return scenario.steps.flatMap((sc, i) => {
    const runs = steps[i]?.commands ?? [];
    const shown = note.labSteps.find((l) => l.number === sc.number)?.commands ?? [];
    return sc.actions.flatMap((p, j) => {
      const command = shown.find((c) => c.line === p.line);
      const run = runs[j];
      if (!command || !run || run.text !== p.text) return [];
      return compareShown(p.action, command, run.output, names).map(
        (m) => `step ${sc.number}: line ${m.line} ${m.message}`,
      );
    });
  });
}

function withSkipped(steps: ReferenceStep[], scenario: Scenario): DemoReport['steps'] {
  return steps.map((s) => ({
    ...s,
    skipped: scenario.steps.find((x) => x.number === s.number)?.skipped ?? [],
  }));
}

function findingOf(s: ReferenceStep): string[] {
  const failed = s.failures.map(
    (f) =>
      `step ${s.number}: the note's own \`${f.command}\` (line ${f.line}) fails: ${f.output.split('\n')[0] ?? ''}`,
  );
  if (s.changesNothing) failed.push(`step ${s.number} cannot be checked: ${uncheckableReason(s) ?? ''}`);
  return [...failed, ...shownFindings(s)];
}

function shownFindings(s: ReferenceStep): string[] {
  if (s.failedAsWritten.length === 0) return [];
  const shown = s.failedAsWritten.map(
    (c) =>
      `\`${c.expectation.command}\` (line ${c.expectation.line}) ${c.expectation.reachable ? 'succeeding' : 'failing'}`,
  );
  const head = `step ${s.number}: the note shows ${shown.join(', ')}, but its own commands do not get there`;
  if (s.repairs.length > 0 && s.unmet.length === 0) {
    return [`${head}: missing ${s.repairs.map((r) => `\`${r.command}\``).join(' and ')}`];
  }
  return [`${head}, and the lab found no missing command that fixes it: step ${s.number} cannot be checked`];
}

/** The demo as terminal text: each step's commands with output, its state, its checks, then findings. */
export function formatDemo(report: DemoReport): string {
  const lines: string[] = [`Lab demo: ${report.path}`];
  for (const s of report.steps) {
    lines.push('', `## ${s.number}. ${s.title}`);
    for (const c of s.commands ?? []) {
      lines.push(
        `  $ ${c.text}`,
        ...(c.notRun ?? c.output)
          .split('\n')
          .filter(Boolean)
          .map((l) => `    ${l}`),
      );
    }
    for (const k of s.skipped) lines.push(`  skipped: ${k.command} — ${k.reason}`);
    for (const r of s.repairs) lines.push(`  + ${r.command}    (missing from the note)`);
    lines.push('  state:', ...formatState(s.state).map((l) => `    ${l}`));
    for (const p of s.probes)
      lines.push(`  check: ${p.kind} ${p.ns} → ${p.target}: ${p.reachable ? 'ok' : 'fails'} (${p.detail})`);
  }
  lines.push(
    '',
    report.consistent
      ? 'The note is consistent: every shown result came true.'
      : 'Where the note and the machine disagree:',
  );
  lines.push(...report.findings.map((f) => `  - ${f}`));
  return lines.join('\n');
}
