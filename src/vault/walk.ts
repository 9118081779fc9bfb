/**
 * Find the notes of a vault: every `*.md` file below the root, skipping dot-folders (`.obsidian`,
 * `.trash`, `.git`) and `node_modules`. Synchronous on purpose: a warm `due` on 10 000 notes is
 * dominated by these stat calls, and the sync calls avoid 10 000 promise round-trips.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { resolve } from 'node:path';
import { isKernelPath } from '../text/kernel-path.js';
import { UserError } from '../text/user-error.js';
import { TAKE_ALL, type WalkFilter } from './vault-filter.js';

/** One note file found in the vault. */
export interface VaultEntry {
  /** Relative to the vault root, `/`-separated, as the file system spells it. */
  path: string;
  /** Absolute path (root joined with `path`). */
  abs: string;
  size: number;
  mtimeMs: number;
}

/** A file or folder the walk could not take, reported so that no note goes missing silently. */
export interface SkippedFile {
  /** Relative to the vault root (a name that is not UTF-8 shows U+FFFD for its bad bytes). */
  path: string;
  /** `skipped-dangling-link`, `skipped-unreadable-folder` or `skipped-name-not-utf8`. */
  rule: string;
  message: string;
}

function skippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** A file name `walkVault` takes as a note. */
export function isNoteName(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && !name.startsWith('.');
}

/**
 * Every note below `root`, sorted by path (code-unit order). Symbolic links are followed, but linked
 * folders only after the real tree, and a folder reached twice (a link to a folder inside the vault,
 * a link cycle) is read once. Files that vanish mid-walk are skipped; unreadable folders, dangling
 * links that look like notes or folders, and names that are not UTF-8 are skipped and pushed onto
 * `skipped`. Throws when `root` itself cannot be read, and a usage error for a root under /proc,
 * /sys or /dev (walking /proc never ends). `filter` leaves out folders (not entered) and files.
 */
export function walkVault(
  root: string,
  filter: WalkFilter = TAKE_ALL,
  skipped: SkippedFile[] = [],
): VaultEntry[] {
  root = resolve(root);
  const entries: VaultEntry[] = [];
  const real = realpathSync(root);
  if (isKernelPath(real)) throw new UserError(`the vault folder ${root} is on a kernel file system`, 'usage');
  const seen = new Set<string>([real]);
  const linkedFolders: { abs: string; path: string }[] = [];
  const visit = (abs: string, rel: string): void => {
    const prefix = abs.endsWith('/') ? abs : `${abs}/`; // paths here are absolute and normal: no join()
    for (const d of readFolder(abs, rel, skipped)) {
      const child = prefix + d.name;
      const path = rel === '' ? d.name : `${rel}/${d.name}`;
      const isLink = d.isSymbolicLink();
      const kind = isLink ? linkKind(child) : d.isDirectory() ? 'dir' : d.isFile() ? 'file' : null;
      if (d.name.includes('\uFFFD') && isNoteName(d.name) && statOrNull(child) === null) {
        skipped.push({
          path,
          rule: 'skipped-name-not-utf8',
          message: 'the file name is not UTF-8: rename it',
        });
        continue;
      }
      if (isLink && kind === null && !skippedFolder(d.name) && (isNoteName(d.name) || !d.name.includes('.')))
        skipped.push({ path, rule: 'skipped-dangling-link', message: 'a symbolic link to nothing' });
      if (kind === 'dir' && !skippedFolder(d.name) && filter.takeFolder(path)) {
        if (isLink) linkedFolders.push({ abs: child, path });
        else if (firstVisit(seen, child)) visit(child, path);
      }
      const st = kind === 'file' && isNoteName(d.name) && filter.takeFile(path) ? statOrNull(child) : null;
      if (st) entries.push({ path, abs: child, size: st.size, mtimeMs: st.mtimeMs });
    }
  };
  visit(root, '');
  for (let link = linkedFolders.shift(); link; link = linkedFolders.shift()) {
    if (firstVisit(seen, link.abs)) visit(link.abs, link.path);
  }
  return entries.sort(byPath);
}

/** The walk's order: by path, in code units. */
export function byPath(a: VaultEntry, b: VaultEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function readFolder(abs: string, rel: string, skipped: SkippedFile[]): Dirent[] {
  try {
    return readdirSync(abs, { withFileTypes: true });
  } catch (error) {
    if (rel === '') throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    skipped.push({
      path: rel,
      rule: 'skipped-unreadable-folder',
      message: `the folder cannot be read (${code})`,
    });
    return [];
  }
}

function statOrNull(abs: string): { size: number; mtimeMs: number } | null {
  try {
    return statSync(abs, { throwIfNoEntry: false }) ?? null; // vanished mid-walk: no exception to build
  } catch {
    return null;
  }
}

function linkKind(abs: string): 'dir' | 'file' | null {
  try {
    const st = statSync(abs);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : null;
  } catch {
    return null; // dangling link
  }
}

function firstVisit(seen: Set<string>, abs: string): boolean {
  try {
    const real = realpathSync(abs);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  } catch {
    return false;
  }
}
