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

/** The scope of the vault at `vault` under `rules`. */
export function vaultScope(vault: string, rules: VaultRules): VaultScope {
  const templates = templateFolders(vault).map((t) => t.folder);
  const walk = walkFilter({
    include: rules.include.filter((p) => !isTag(p)),
    exclude: rules.exclude.filter((p) => !isTag(p)),
    templateFolders: templates,
  });
  const tags = { include: rules.include.filter(isTag), exclude: rules.exclude.filter(isTag) };
  return { walk, tags, settingsKey: JSON.stringify({ tags }), templates };
}
