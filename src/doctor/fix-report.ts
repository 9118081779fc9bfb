/**
 * What `doctor --fix-encoding` prints for each repair (text mode): the diff, every guess grouped by
 * line, then what was done with it. Pure: the command writes these lines.
 */
import { doubtfulGuesses, formatGuesses } from './format-guesses.js';
import type { EncodingFix } from './encoding-fix.js';

/** What happened to a repair. */
export type FixOutcome = 'written' | 'dry-run' | 'declined' | 'not-confirmed' | 'changed' | 'refused';

/** The diff and the guesses of one repair. */
export function fixPreview(fix: EncodingFix, floor: number): string {
  const out = [`${fix.path}: ${fix.from}; the repair:`, fix.diff.trimEnd()];
  if (fix.guesses.length > 0) {
    const doubtful = doubtfulGuesses(fix.guesses, floor).length;
    out.push(
      `${fix.path}: ${fix.guesses.length} characters had lost a byte and were guessed, ` +
        `${doubtful} of them doubtful (below ${Math.round(floor * 100)}%: shown with the other readings):`,
      ...formatGuesses(fix.path, fix.guesses, floor).map((l) => `  ${l}`),
    );
  }
  return `${out.join('\n')}\n`;
}

/** One line saying what became of the repair. */
export function fixOutcomeLine(fix: EncodingFix, outcome: FixOutcome): string {
  switch (outcome) {
    case 'written':
      return fix.guesses.length > 0
        ? `repaired ${fix.path} (original kept as ${fix.backupName}); check the guesses listed above`
        : `converted ${fix.path} exactly from ${fix.from} to UTF-8 (original kept as ${fix.backupName})`;
    case 'dry-run':
      return `${fix.path}: dry run, nothing written`;
    case 'declined':
      return `${fix.path}: not repaired (nothing written)`;
    case 'not-confirmed':
      return `${fix.path}: nothing written; run again with --yes to write this repair (or on a terminal to confirm it)`;
    case 'changed':
      return `${fix.path}: changed while repairing; nothing written (run doctor again)`;
    case 'refused':
      return `${fix.path}: repair refused, nothing written: ${fix.refusal ?? ''}`;
  }
}
