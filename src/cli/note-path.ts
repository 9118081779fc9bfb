/**
 * A `NOTE`/`PATH` argument is a file path (absolute or relative to the working directory), a path
 * relative to the vault, or a note's bare name when one note of the vault has it (`ARP`, or the
 * end of its path, `Linux/ARP`), compared as Obsidian's links do (case and Unicode form aside).
 * Resolves it to the vault-relative `/`-separated path the store uses.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { usageError } from '../text/user-error.js';

const key = (s: string) => s.normalize('NFC').toLowerCase().replace(/\.md$/, '');

/** The vault paths that `name` names: paths ending with `/<name>.md` (or equal to it). */
function byName(name: string, notes: readonly string[]): string[] {
  const wanted = key(name.replace(/\\/g, '/').replace(/^\/+/, ''));
  return notes.filter((p) => {
    const k = key(p);
    return k === wanted || k.endsWith(`/${wanted}`);
  });
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** What lists the vault's study notes: the store's note queries, or a walk. */
export interface NoteLister {
  list(): readonly { path: string }[];
}

/**
 * The vault path of `arg`. `notes` lists the vault's study notes (asked only when `arg` is not a
 * file), for a bare name.
 */
export function resolveNotePath(arg: string, vault: string, cwd: string, notes?: NoteLister): string {
  const candidates = [path.resolve(cwd, arg), path.resolve(vault, arg)];
  const withMd = arg.toLowerCase().endsWith('.md') ? [] : candidates.map((c) => `${c}.md`);
  const found = [...candidates, ...withMd].find(isFile);
  if (!found) return resolveName(arg, vault, cwd, notes?.list().map((n) => n.path) ?? []);
  const relative = path.relative(vault, found);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw usageError(`${arg} is outside the vault ${vault} (use --vault to point at its vault)`);
  }
  return relative.split(path.sep).join('/');
}

function resolveName(arg: string, vault: string, cwd: string, notes: readonly string[]): string {
  const matches = byName(arg, notes);
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length > 1) {
    const listed = matches.slice(0, 10).join(', ');
    throw usageError(`"${arg}" names ${matches.length} notes: ${listed} (give one's path)`);
  }
  const folder = existsSync(path.resolve(cwd, arg)) ? ' (that is a folder)' : '';
  throw usageError(
    `no such note: ${arg}${folder} (looked in ${cwd}, in the vault ${vault}, and for a note of that name)`,
  );
}
