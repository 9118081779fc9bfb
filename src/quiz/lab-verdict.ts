/**
 * What the lab card needs to know of the lab's verdict (the lab's own `LabVerdict`, imported as a
 * type only: the lab's code loads lazily, on the first check, so its functions are not imported).
 */
import type { LabVerdict } from '../lab/verdict.js';

/**
 * Input the lab refused (a typo'd `;`, a program it does not run): nothing ran, so it is not a
 * failed try. The same rule as the lab's `isRefusal`.
 */
export function refusedInput(verdict: Pick<LabVerdict, 'refused'>): boolean {
  return verdict.refused.length > 0;
}

/** The verdict of a check that could not run (the lab failed, the card has no step): failed, why. */
export function checkFailed(step: number, summary: string): LabVerdict {
  return {
    passed: false,
    step,
    summary,
    differences: [],
    skipped: [],
    refused: [],
    commands: [],
    referenceRepairs: [],
  };
}
