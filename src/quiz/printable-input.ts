/**
 * What the review shows, made safe for the terminal before ink draws it: every string of the queue
 * (prompts, answers, titles, paths) and of each lab verdict (the commands' output) passes
 * `printable`, so an escape sequence in a note or in what a command printed is shown, not obeyed.
 */
import { printable } from '../text/terminal-safe.js';
import type { LabVerdict } from '../lab/verdict.js';
import type { ReviewInput } from './types.js';

/** `value` with every string in it (through arrays and plain objects) passed through `printable`. */
export function printableData<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => printableData(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableData(v)])) as T;
  return value;
}

/** The review's input as it may be shown: its data made printable, its lab verdicts too. */
export function printableInput(input: ReviewInput): ReviewInput {
  const { notes, overLimit, checkLab } = input;
  const out: ReviewInput = { ...input, notes: printableData(notes) };
  if (overLimit !== undefined) out.overLimit = printableData(overLimit);
  if (checkLab !== undefined)
    out.checkLab = async (card, commands, signal): Promise<LabVerdict> =>
      printableData(await checkLab(card, commands, signal));
  return out;
}
