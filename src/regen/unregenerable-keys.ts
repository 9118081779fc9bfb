/**
 * The derived keys `regen` wanted to update but had to leave alone: the patcher touches only plain
 * and quoted scalars it can read back, so a list, a map, a block scalar or a tagged value such as
 * `!!binary` in a derived key stays as the user wrote it. Each such key is reported with the file
 * and the key's line, so that no note stays stale without a word.
 */
import { diagnostic, type Diagnostic } from '../note/diagnostic.js';
import type { Frontmatter, FrontmatterEntry } from '../note/frontmatter.js';

/** The rule of the warning. */
export const UNREGENERABLE = 'derived-not-regenerable';

/** One warning per key of `keys` (keys the patcher skipped), in the order given. */
export function unregenerableKeys(
  file: string,
  frontmatter: Frontmatter,
  keys: readonly string[],
): Diagnostic[] {
  return keys.flatMap((key) => {
    const entry = frontmatter.entries.get(key);
    if (entry === undefined) return [];
    const message = `"${key}" holds ${describe(entry)}, which regen cannot rewrite: replace it by a plain value to keep it up to date`;
    return [diagnostic(file, entry.line, UNREGENERABLE, message, false)];
  });
}

function describe(entry: FrontmatterEntry): string {
  if (entry.items !== undefined) return 'a list';
  if (entry.value === undefined) return 'a map';
  if (entry.value instanceof Uint8Array) return 'binary data (!!binary)';
  if (entry.style === 'BLOCK_LITERAL' || entry.style === 'BLOCK_FOLDED') return 'a block scalar (| or >)';
  return 'a value with a tag or form it cannot read back';
}
