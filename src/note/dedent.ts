/**
 * Remove the common indentation of a run of Markdown lines, keeping relative indentation.
 */
import { splitIndent } from './body-lines.js';

/**
 * `lines` without their shared leading indentation, whitespace-only lines emptied, blank lines at
 * both ends dropped, trailing spaces kept (they can be hard breaks). Joined with `\n`.
 */
export function dedentBlock(lines: readonly string[]): string {
  const rows = lines.map((l) => (l.trim() === '' ? '' : l.replace(/\t/g, '    ')));
  let first = 0;
  let last = rows.length;
  while (first < last && rows[first] === '') first++;
  while (last > first && rows[last - 1] === '') last--;
  const kept = rows.slice(first, last);
  let common = Infinity;
  for (const row of kept) if (row !== '') common = Math.min(common, splitIndent(row).indent);
  const cut = Number.isFinite(common) ? common : 0;
  return kept.map((row) => row.slice(cut)).join('\n');
}
