/**
 * Whether a note's real file lies inside the vault: a symlinked note whose target is elsewhere
 * (another vault, a system file) is not written unless the user asks for it with `--follow-links`.
 */
import path from 'node:path';
import type { AtomicFs } from './durable-file.js';

/** True when the real path `target` is the vault folder's real path or below it. */
export async function insideVault(
  fs: Pick<AtomicFs, 'realpath'>,
  vault: string,
  target: string,
): Promise<boolean> {
  const root = await fs.realpath(vault).catch(() => path.resolve(vault));
  const rel = path.relative(root, target);
  return rel === '' || (rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel));
}
