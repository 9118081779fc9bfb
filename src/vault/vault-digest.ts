/** A digest of a vault's note files as a walk found them: what changes when any note is added, removed, moved or written. */
import { sha256Hex } from '../text/sha256.js';
import type { VaultEntry } from './walk.js';

/** sha256 (hex) of the root and every entry's path, size and mtime, in walk order. */
export function vaultDigest(root: string, entries: readonly VaultEntry[]): string {
  // One string, one update: 10 000 update() calls each cross into C++ and took 2-3x as long.
  let text = `${root}\0`;
  for (const e of entries) text += `${e.path}\0${e.size}\0${e.mtimeMs}\n`;
  return sha256Hex(text);
}
