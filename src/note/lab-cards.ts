/**
 * Lab cards: one per lab step (`## N. title` with `$ ` commands), "do this step", answered by the
 * step's commands (checked in a sandbox by the lab).
 */
import { cardKey } from './card-key.js';
import { dedentBlock } from './dedent.js';
import type { BodyLine } from './body-lines.js';
import type { BodySource } from './body-source.js';
import type { Card, LabStep } from './types.js';

/** The first line of a lab card's prompt; also the card's identity. */
export function labStepHeader(step: LabStep): string {
  return `Lab step ${step.number}: ${step.title}`;
}

/**
 * One card per step with commands. Prompt: the header, a blank line, then the step's whole task
 * (its prose and each command block's intent, see `taskOf`). Answer: the commands as `$ command` lines. The key covers the header only,
 * so editing the explanation or the commands keeps the card's history.
 */
export function labCards(body: BodySource, steps: readonly LabStep[]): Card[] {
  const cards: Card[] = [];
  for (const step of steps) {
    if (step.commands.length === 0) continue;
    const header = labStepHeader(step);
    const task = taskOf(body, step.line - body.firstLine);
    const prompt = task === '' ? header : `${header}\n\n${task}`;
    const answer = step.commands.map((c) => `$ ${c.text}`).join('\n');
    cards.push({
      key: cardKey('lab', header),
      kind: 'lab',
      prompt,
      answer,
      line: step.line,
      labStep: step.number,
    });
  }
  return cards;
}

const SHELL_FENCE = /^(`{3,}|~{3,})\s*(bash|sh|shell|console|zsh)\s*$/i;
const COMMAND = /^\s*\$\s+\S/;
const COMMENT = /^\s*#\s*(.*?)\s*$/;

/**
 * The whole task of a step, as the learner must do it: every line of prose from the step heading
 * to the step's end (a heading of level 1–2, or a template `###` section), and for each shell block
 * with `$ ` commands its intent — its `#` comment lines, as list items — but never its commands or
 * their output (the answer). Shell blocks without commands (the seed's topology drawings) are left
 * out; other code blocks (a file to write) are kept as written. Rules go, blank runs become one.
 */
function taskOf(body: BodySource, heading: number): string {
  const out: string[] = [];
  for (let i = heading + 1; i < body.lines.length; i++) {
    const line = body.lines[i];
    if (!line || endsStep(line)) break;
    if (line.kind !== 'fence') {
      if (line.kind !== 'rule' && !(line.kind === 'blank' && out[out.length - 1]?.trim() === ''))
        out.push(body.raw[i] ?? '');
      continue;
    }
    const close = closingFence(body, i);
    const inner = body.raw.slice(i + 1, close);
    if (!SHELL_FENCE.test(line.text)) out.push(...body.raw.slice(i, close + 1));
    else if (inner.some((l) => COMMAND.test(l))) out.push(...intentOf(inner, line.indent));
    i = close;
  }
  return dedentBlock(out);
}

/** A heading that ends a step (as in lab-steps.ts): level 1–2 anywhere, or `###` at column 0. */
function endsStep(line: BodyLine): boolean {
  return line.kind === 'heading' && (line.level <= 2 || (line.level === 3 && line.indent === 0));
}

/** Index of the fence closing the block opened at `open` (the body's end when it never closes). */
function closingFence(body: BodySource, open: number): number {
  let i = open + 1;
  while (i < body.lines.length && body.lines[i]?.kind !== 'fence') i++;
  return i;
}

/** A shell block's `#` comment lines as list items at the block's indentation. */
function intentOf(block: readonly string[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  return block.flatMap((l) => {
    const comment = COMMENT.exec(l)?.[1] ?? '';
    return comment === '' ? [] : [`${pad}- ${comment}`];
  });
}
