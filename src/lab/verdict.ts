/**
 * The answer of `lab try` (and of a lab card in the review): passed or not, the differences from
 * the reference explained root cause first, and what was skipped or refused. Also its exit code
 * (0 pass, 1 fail, 2 refused input) and its text form.
 */
import type { ParsedNote } from '../note/types.js';
import type { CommandRun } from './run/replay-reference.js';
import type { Difference } from './state/types.js';

export interface LabVerdict {
  passed: boolean;
  step: number;
  differences: Difference[];
  skipped: { command: string; reason: string }[];
  refused: { command: string; reason: string }[];
  summary: string;
  /** The learner's commands with their output (empty when input was refused: nothing ran). */
  commands: CommandRun[];
  /** Commands the note leaves out that the reference adds to make its shown output true. */
  referenceRepairs: string[];
}

/** A lab checker for the review TUI: check typed commands for step `step` of a note. */
export type LabChecker = (
  note: ParsedNote,
  step: number,
  commands: string[],
  signal?: AbortSignal,
) => Promise<LabVerdict>;

/** 0 passed, 1 differences, 2 refused input. */
export function verdictExitCode(v: LabVerdict): 0 | 1 | 2 {
  if (v.refused.length > 0) return 2;
  return v.passed ? 0 : 1;
}

function indent(text: string, by = '     '): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}

/** The verdict as terminal text (no colour codes; the CLI may add them). */
export function formatVerdict(v: LabVerdict): string {
  const lines = [`${v.passed ? '✔' : '✘'} ${v.summary}`];
  for (const r of v.refused) lines.push(`  refused: ${r.command}\n     ${r.reason}`);
  for (const c of v.commands) {
    if (c.code !== 0 || c.notRun)
      lines.push(`  $ ${c.text}`, indent(c.notRun ?? (c.output || `(exit ${c.code ?? 'killed'})`)));
  }
  v.differences.forEach((d, i) => {
    lines.push(`  ${i + 1}. ${d.explanation}`);
    if (d.hint) lines.push(`     try: ${d.hint}`);
  });
  for (const s of v.skipped) lines.push(`  skipped: ${s.command} — ${s.reason}`);
  return lines.join('\n');
}
