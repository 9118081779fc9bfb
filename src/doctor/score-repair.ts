/**
 * The accuracy harness of the encoding repair: how many of the characters that lost a byte were
 * read back right, compared with the note before the damage. Used by the accuracy test and by
 * `npm run bench`.
 */
import type { EncodingRepair } from './repair-double-encoding.js';

/** Damaged characters, how many came back right, and each wrong one as `line:col want→got`. */
export interface RepairScore {
  damaged: number;
  right: number;
  wrong: string[];
}

/** Scores `repair` against `truth`, the note as it was before it was damaged. */
export function scoreRepair(truth: string, repair: EncodingRepair): RepairScore {
  const lines = truth.split('\n').map((l) => [...l]);
  const wrong: string[] = [];
  for (const g of repair.guesses) {
    const want = lines[g.line - 1]?.[g.column - 1] ?? '';
    if (want !== g.chosen) wrong.push(`${g.line}:${g.column} ${want}→${g.chosen}`);
  }
  if (repair.text.split('\n').length !== lines.length) wrong.push('line count differs');
  return { damaged: repair.guesses.length, right: repair.guesses.length - wrong.length, wrong };
}

/** Adds scores up. */
export function sumScores(scores: readonly RepairScore[]): RepairScore {
  return scores.reduce(
    (acc, s) => ({
      damaged: acc.damaged + s.damaged,
      right: acc.right + s.right,
      wrong: [...acc.wrong, ...s.wrong],
    }),
    { damaged: 0, right: 0, wrong: [] },
  );
}
