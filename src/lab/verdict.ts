/**
 * The answer of `lab try` (and of a lab card in the review): passed or not, the differences from
 * the reference explained root cause first, and what was skipped or refused; and its text form.
 */
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
  /** Why the step cannot be checked (the reference cannot reach what the note shows): never passed. */
  uncheckable?: string;
  /** Commands the note leaves out that the reference adds to make its shown output true. */
  referenceRepairs: string[];
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
