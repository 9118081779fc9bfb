/**
 * Lab steps from the core-notes body: each `## N. title` heading starts step N, and the `$ ` lines
 * of its shell code blocks are the step's commands, each followed by the output the author showed.
 * Pure: lines in, data out.
 */
import type { LabCommand, LabStep } from './types.js';

const STEP_HEADING = /^\s*##\s+(\d+)\.\s*(.*?)\s*#*\s*$/;
/** Headings that end a step: level 1–2 anywhere, or a template section (`###` at column 0). */
const ANY_HEADING = /^(\s*#{1,2}|###)\s/;
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)\s*$/;
const SHELL_LANGS = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);

interface Fence {
  indent: number;
  marker: string;
  shell: boolean;
}

/**
 * Extract the lab steps of a note body. `firstLine` is the 1-based file line of `lines[0]`.
 * Steps without any `$ ` command are left out (a numbered heading alone is not a lab step).
 */
export function extractLabSteps(lines: string[], firstLine: number): LabStep[] {
  const steps: LabStep[] = [];
  let step: LabStep | null = null;
  let fence: Fence | null = null;
  let block: { text: string; line: number }[] = [];
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    if (fence) {
      if (closesFence(raw, fence)) {
        if (fence.shell && step) step.commands.push(...parseShellBlock(block));
        fence = null;
        block = [];
      } else block.push({ text: dedent(raw, fence.indent), line });
      return;
    }
    fence = openFence(raw);
    if (fence) return;
    const heading = STEP_HEADING.exec(raw);
    if (heading) {
      step = { number: Number(heading[1]), title: heading[2] ?? '', line, commands: [] };
      steps.push(step);
    } else if (ANY_HEADING.test(raw)) step = null;
  });
  return steps.filter((s) => s.commands.length > 0);
}

function openFence(raw: string): Fence | null {
  const m = FENCE.exec(raw);
  if (!m) return null;
  const lang = (m[3] ?? '').toLowerCase();
  return { indent: (m[1] ?? '').length, marker: m[2] ?? '```', shell: SHELL_LANGS.has(lang) };
}

function closesFence(raw: string, fence: Fence): boolean {
  const trimmed = raw.trim();
  return trimmed.startsWith(fence.marker) && /^(`+|~+)$/.test(trimmed);
}

/** Remove up to `indent` leading spaces (block lines are indented like their fence). */
function dedent(raw: string, indent: number): string {
  let n = 0;
  while (n < indent && raw[n] === ' ') n++;
  return raw.slice(n);
}

/**
 * Commands of one shell block. Output is the run of lines after a command up to the next command
 * or `#` comment line; trailing blank lines are dropped.
 */
function parseShellBlock(block: { text: string; line: number }[]): LabCommand[] {
  const commands: LabCommand[] = [];
  let current: LabCommand | null = null;
  for (const { text, line } of block) {
    if (/^\$\s+\S/.test(text)) {
      current = commandOf(text.replace(/^\$\s+/, ''), line);
      commands.push(current);
    } else if (/^\s*#/.test(text)) current = null;
    else if (current) current.output.push(text.trimEnd());
  }
  for (const c of commands) {
    while (c.output.length > 0 && c.output[c.output.length - 1] === '') c.output.pop();
  }
  return commands;
}

function commandOf(body: string, line: number): LabCommand {
  const at = commentStart(body);
  const text = (at < 0 ? body : body.slice(0, at)).trim();
  const command: LabCommand = { text, output: [], line };
  if (at >= 0) command.comment = body.slice(at + 1).trim();
  return command;
}

/** Index of a `#` that starts a shell comment (at a word start, outside quotes), or -1. */
function commentStart(s: string): number {
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"') i++;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\') i++;
    else if (ch === '#' && (i === 0 || /\s/.test(s[i - 1] ?? ''))) return i;
  }
  return -1;
}
