/**
 * The lab checker the review TUI calls for a lab card: the learner's typed commands for one step,
 * checked exactly like `lab try` (same sandbox, same reference, same verdict).
 */
import type { ParsedNote } from '../note/types.js';
import type { LabOptions } from './lab-environment.js';
import { labTry } from './lab-try.js';
import type { LabChecker, LabVerdict } from './verdict.js';

/** Check `commands` for step `step` of `note`. Throws LabError(3) when the lab cannot run here. */
export function checkLabCard(
  note: ParsedNote,
  step: number,
  commands: string[],
  opts: LabOptions = {},
): Promise<LabVerdict> {
  return labTry(note, step, commands, opts);
}

/** A LabChecker bound to options (e.g. the cache directory next to the database). */
export function makeLabChecker(opts: LabOptions = {}): LabChecker {
  return (note, step, commands, signal) =>
    checkLabCard(note, step, commands, signal ? { ...opts, signal } : opts);
}
