/**
 * Which folders and files of a vault the walk takes: the vault config's `include` / `exclude`
 * path patterns, and Obsidian's templates folders (templates are not notes). Patterns are globs
 * relative to the vault root (picomatch: `Archive/**`, `**\/*.excalidraw.md`); a pattern without
 * glob characters names a folder or a file (`Archive` is `Archive` and everything below it). An
 * excluded folder is not even listed. Tag patterns (`#draft`) are not for the walk: see note-tags.ts.
 */
import type picomatchType from 'picomatch';

/** picomatch itself, which the caller loads only when there are patterns (it costs start-up time). */
export type Picomatch = typeof picomatchType;

/** What the walk asks of a path (relative to the vault, `/`-separated). */
export interface WalkFilter {
  /** False for a folder the walk must not enter. */
  takeFolder: (path: string) => boolean;
  /** False for a note file the walk must leave out. */
  takeFile: (path: string) => boolean;
}

export interface PathRules {
  /** When not empty, only files matching one of these are notes. */
  include: readonly string[];
  exclude: readonly string[];
  /** Folders holding templates (from Obsidian's settings), skipped whole. */
  templateFolders: readonly string[];
}

/** The walk takes everything (dot folders and node_modules aside, which the walk never enters). */
export const TAKE_ALL: WalkFilter = { takeFolder: () => true, takeFile: () => true };

/** `Archive` and `Archive/` → `Archive/**`; a glob is kept; a leading `./` or `/` dropped. */
function expand(picomatch: Picomatch, pattern: string): string[] {
  const p = pattern.trim().replace(/^\.?\//, '');
  if (picomatch.scan(p).isGlob) return [p];
  const bare = p.replace(/\/+$/, '');
  return [bare, `${bare}/**`];
}

function matcher(
  picomatch: Picomatch | null,
  patterns: readonly string[],
): ((path: string) => boolean) | null {
  if (picomatch === null || patterns.length === 0) return null;
  const all = patterns.flatMap((p) => expand(picomatch, p)).filter((p) => p !== '' && p !== '/**');
  return all.length === 0 ? null : picomatch(all, { dot: true, nocase: false });
}

/** A test for paths at or below one of `folders`, taken literally (a folder may hold `[` or `*`). */
function underFolders(folders: readonly string[]): ((path: string) => boolean) | null {
  const bare = folders.map((f) => f.trim().replace(/^\.?\/+|\/+$/g, '')).filter((f) => f !== '');
  if (bare.length === 0) return null;
  return (path) => bare.some((f) => path === f || path.startsWith(`${f}/`));
}

/**
 * The walk filter of these rules (TAKE_ALL when there are none). `picomatch` is needed when
 * `include` or `exclude` has a pattern.
 */
export function walkFilter(rules: PathRules, picomatch: Picomatch | null): WalkFilter {
  if (picomatch === null && rules.include.length + rules.exclude.length > 0)
    throw new Error('walkFilter: include/exclude patterns need picomatch');
  const globbed = matcher(picomatch, rules.exclude);
  const templates = underFolders(rules.templateFolders);
  const included = matcher(picomatch, rules.include);
  if (globbed === null && templates === null && included === null) return TAKE_ALL;
  const excluded = (path: string) => (globbed?.(path) ?? false) || (templates?.(path) ?? false);
  return {
    takeFolder: (path) => !excluded(path),
    takeFile: (path) => !excluded(path) && (included === null || included(path)),
  };
}
