/**
 * What of a vault is read, from its config's `include` / `exclude` lists: path patterns (folders,
 * globs) and Obsidian's templates folders decide what the walk takes; `#tag` patterns decide which
 * study notes the parser keeps (a study note without an included tag, or with an excluded one, is
 * `excluded`). Both apply: `include: [Study, "#exam"]` takes the notes under Study/ tagged #exam.
 */
import type { TagFilter } from '../note/note-tags.js';
import { templateFolders } from '../vault/template-folders.js';
import { walkFilter, type WalkFilter } from '../vault/vault-filter.js';

/** The raw lists of the vault's settings. */
export interface VaultRules {
  include: readonly string[];
  exclude: readonly string[];
}

export const NO_RULES: VaultRules = { include: [], exclude: [] };

export interface VaultScope {
  walk: WalkFilter;
  tags: TagFilter;
  /** Changes when what the parser decides changes (the tag filter): ingest then reads every file again. */
  settingsKey: string;
  /** The templates folders skipped (from Obsidian's settings, else the default). */
  templates: string[];
}

const isTag = (p: string) => p.startsWith('#');

/** The scope of the vault at `vault` under `rules` (picomatch is loaded only for path patterns). */
export async function vaultScope(vault: string, rules: VaultRules): Promise<VaultScope> {
  const templates = templateFolders(vault).map((t) => t.folder);
  const include = rules.include.filter((p) => !isTag(p));
  const exclude = rules.exclude.filter((p) => !isTag(p));
  const picomatch = include.length + exclude.length > 0 ? (await import('picomatch')).default : null;
  const walk = walkFilter({ include, exclude, templateFolders: templates }, picomatch);
  const tags = { include: rules.include.filter(isTag), exclude: rules.exclude.filter(isTag) };
  return { walk, tags, settingsKey: JSON.stringify({ tags }), templates };
}
