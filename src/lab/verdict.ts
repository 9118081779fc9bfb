/**
 * The answer of `lab try`, `lab check` and a lab card in the review — the one verdict type (the
 * review TUI renders this same type): passed or not, the differences from the reference explained
 * root cause first, what was skipped or refused, and every command the learner ran with its
 * output; and its text form, which shows those commands like a terminal.
 */
import type { CommandRun } from './run/replay-reference.js';
import type { Difference } from './state/types.js';

export interface LabVerdict {
  passed: boolean;
  step: number;
  differences: Difference[];
  skipped: { command: string; reason: string }[];
  /** Input the lab would not run. Non-empty means nothing ran: not a try (see `isRefusal`). */
  refused: { command: string; reason: string }[];
  summary: string;
  /** The learner's commands with their output (empty when input was refused: nothing ran). */
  commands: CommandRun[];
  /** Why the step cannot be checked (the reference cannot reach what the note shows): never passed. */
  uncheckable?: string;
  /** Commands the note leaves out that the reference adds to make its shown output true. */
  referenceRepairs: string[];
}

/** True when the input was refused and nothing ran: a typo to fix, not a failed try. */
export function isRefusal(v: Pick<LabVerdict, 'refused'>): boolean {
  return v.refused.length > 0;
}

/** The most output lines shown per command (a long `ip addr` or a hung ping stays readable). */
const MAX_OUTPUT_LINES = 20;

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
  for (const c of v.commands) lines.push(...commandLines(c));
  v.differences.forEach((d, i) => {
    lines.push(`  ${i + 1}. ${d.explanation}`);
    if (d.hint) lines.push(`     try: ${d.hint}`);
  });
  for (const s of v.skipped) lines.push(`  skipped: ${s.command} — ${s.reason}`);
  return lines.join('\n');
}

/** One command as a terminal shows it: `$ command`, then its output (or why it did not run). */
function commandLines(c: CommandRun): string[] {
  const out = [`  $ ${c.text}`];
  const shown = c.notRun ?? c.output.replace(/\n+$/, '');
  const rows = shown === '' ? [] : shown.split('\n');
  const kept = rows.slice(0, MAX_OUTPUT_LINES);
  if (rows.length > kept.length) kept.push(`… (${rows.length - kept.length} more lines)`);
  if (kept.length > 0) out.push(indent(kept.join('\n'), '    '));
  if (!c.notRun && c.code !== 0) out.push(`    (exit ${c.code ?? 'killed: timed out'})`);
  return out;
}
