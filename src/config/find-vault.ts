/**
 * The vault the working directory is in, as git finds its repository: the nearest folder, from
 * the working directory up, holding a `.bokseup.yml` or Obsidian's `.obsidian/` folder.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** The file name of a vault's config, at its root. */
export const VAULT_CONFIG = '.bokseup.yml';

function isVaultRoot(dir: string): boolean {
  if (existsSync(path.join(dir, VAULT_CONFIG))) return true;
  try {
    return statSync(path.join(dir, '.obsidian')).isDirectory();
  } catch {
    return false;
  }
}

/** The vault root at or above `cwd`, or null. */
export function findVault(cwd: string): string | null {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (isVaultRoot(dir)) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}
