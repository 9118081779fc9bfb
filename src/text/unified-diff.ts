/**
 * A unified diff of two texts by lines (`diff -u` format, three lines of context), for
 * `doctor --fix-encoding` and `regen --dry-run`. The `diff` package (jsdiff) finds the hunks; this
 * file only writes them as GNU diff does (a range of one line is written without its count).
 */
import { structuredPatch, type StructuredPatchHunk } from 'diff';

const CONTEXT = 3;

/**
 * `start,count` as GNU diff writes a hunk's range: `start` alone for one line, and for an empty
 * range the line after which it falls (jsdiff gives the line before which).
 */
function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

function hunkText(h: StructuredPatchHunk): string[] {
  return [`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`, ...h.lines];
}

/**
 * The unified diff turning `oldText` into `newText`, headed `--- oldName` / `+++ newName`; the
 * empty string when the texts are equal. Lines keep any `\r`, so CRLF changes show.
 */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string): string {
  if (oldText === newText) return '';
  const patch = structuredPatch(oldName, newName, oldText, newText, undefined, undefined, {
    context: CONTEXT,
  });
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  for (const h of patch.hunks) out.push(...hunkText(h));
  return out.join('\n') + '\n';
}
