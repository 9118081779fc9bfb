/**
 * A `NOTE`/`PATH` argument is a file path (absolute or relative to the working directory) or a path
 * relative to the vault. Resolves it to the vault-relative `/`-separated path the store uses.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { usageError } from '../text/user-error.js';

export function resolveNotePath(arg: string, vault: string, cwd: string): string {
  const candidates = [path.resolve(cwd, arg), path.resolve(vault, arg)];
  const withMd = arg.endsWith('.md') ? [] : candidates.map((c) => `${c}.md`);
  const found = [...candidates, ...withMd].find((c) => existsSync(c));
  if (!found) throw usageError(`no such note: ${arg} (looked in ${cwd} and in the vault ${vault})`);
  const relative = path.relative(vault, found);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw usageError(`${arg} is outside the vault ${vault} (use --vault to point at its vault)`);
  }
  return relative.split(path.sep).join('/');
}
