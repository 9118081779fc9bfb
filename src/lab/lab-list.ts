/**
 * `bokseup lab list`: the notes that contain a lab, with their steps and commands (and which ones
 * the lab runs or skips), as text or as JSON.
 */
import { plural } from '../text/plural.js';
import type { ParsedNote } from '../note/types.js';
import { buildScenario } from './scenario/build-scenario.js';
import { skippedChanges } from './scenario/skipped-changes.js';

export interface LabListEntry {
  path: string;
  title: string;
  steps: {
    number: number;
    title: string;
    line: number;
    commands: { text: string; line: number; runs: boolean; reason?: string }[];
    checks: number;
    /** Why the lab may not be able to check this step (a skipped command that changes state). */
    mayNotCheck?: string;
  }[];
}

/** The lab of every note that has one, in the given order. */
export function labListEntries(notes: { path: string; note: ParsedNote }[]): LabListEntry[] {
  return notes
    .filter(({ note }) => note.labSteps.length > 0)
    .map(({ path, note }) => {
      const scenario = buildScenario(note.labSteps);
      const steps = note.labSteps.map((s, i) => {
        const sc = scenario.steps[i];
        const commands = s.commands.map((c) => {
          const skip = sc?.skipped.find((k) => k.command === c.text);
          return { text: c.text, line: c.line, runs: !skip, ...(skip ? { reason: skip.reason } : {}) };
        });
        const unrun = sc ? skippedChanges(sc)[0] : undefined;
        return {
          number: s.number,
          title: s.title,
          line: s.line,
          commands,
          checks: sc?.expectations.length ?? 0,
          ...(unrun
            ? {
                mayNotCheck: `the lab does not run \`${unrun.command}\`, so what it changes cannot be checked`,
              }
            : {}),
        };
      });
      return { path, title: note.title, steps };
    });
}

/** `lab list` output: `{text}` for the terminal, `{json}` for `--json`. */
export function labList(notes: { path: string; note: ParsedNote }[]): { text: string; json: LabListEntry[] } {
  const json = labListEntries(notes);
  const lines: string[] = [];
  for (const e of json) {
    lines.push(`${e.path} — ${e.title}`);
    for (const s of e.steps) {
      lines.push(
        `  ${s.number}. ${s.title} (${plural(s.commands.length, 'command')}${s.checks ? `, ${plural(s.checks, 'check')}` : ''})`,
      );
      if (s.mayNotCheck)
        lines.push(`     ! may not be checkable: ${s.mayNotCheck} (\`lab demo\` says for sure)`);
      for (const c of s.commands)
        lines.push(`     ${c.runs ? '$' : '-'} ${c.text}${c.runs ? '' : `   [skipped: ${c.reason ?? ''}]`}`);
    }
  }
  return { text: lines.length > 0 ? lines.join('\n') : 'No notes with a lab.', json };
}
