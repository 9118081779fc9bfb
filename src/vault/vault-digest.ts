/** A digest of a vault's note files as a walk found them: what changes when any note is added, removed, moved or written. */
import { createHash } from 'node:crypto';
import type { VaultEntry } from './walk.js';

/** sha256 (hex) of the root and every entry's path, size and mtime, in walk order. */
export function vaultDigest(root: string, entries: readonly VaultEntry[]): string {
  const hash = createHash('sha256').update(`${root}\0`);
  for (const e of entries) hash.update(`${e.path}\0${e.size}\0${e.mtimeMs}\n`);
  return hash.digest('hex');
}
