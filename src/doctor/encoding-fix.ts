/**
 * One repair the doctor proposes: the new text, the diff the learner sees before anything is
 * written, the guesses to check, and the backup the original bytes go to.
 */
import { formatNow } from '../time/format-time.js';
import type { Clock } from '../time/clock.js';
import type { CodePage } from '../text/encoding/code-page.js';
import type { Decoded } from './decode-file.js';
import type { EncodingGuess } from './repair-double-encoding.js';
import { unifiedDiff } from '../text/unified-diff.js';

/** A repair: back up the old bytes to `backupName` (same folder), then write `newText` as UTF-8. */
export interface EncodingFix {
  path: string;
  newText: string;
  backupName: string;
  diff: string;
  guesses: EncodingGuess[];
  /** What is repaired: `double-encoded (Windows-1254)`, `UTF-16LE`, `CP949/EUC-KR`. */
  from: string;
  codePage: CodePage | null;
  /** Why it must not be written (the frontmatter would break), or null. */
  refusal: string | null;
}

export function fixOf(
  d: Decoded,
  newText: string,
  guesses: EncodingGuess[],
  clock: Clock,
  refusal: string | null,
): EncodingFix {
  return {
    path: d.path,
    newText,
    backupName: `${d.path}.bak-${formatNow(clock, 'yyyyMMddHHmmss', 'en')}`,
    diff: unifiedDiff(d.text, newText, `a/${d.path}`, `b/${d.path}`),
    guesses,
    from: d.legacy?.label ?? `double-encoded (Windows-${d.codePage ?? '1254'})`,
    codePage: d.codePage,
    refusal,
  };
}
