/**
 * Resolve the vault, its database and every setting, each with where it came from. Precedence:
 * a flag, then the environment, then the vault's `.bokseup.yml`, then the global config, then the
 * default. The vault itself: `--vault`, `BOKSEUP_VAULT`, the vault the working directory is in, the
 * global config's `vault`, else `./notes`. The database: `--db`, `BOKSEUP_DB`, the vault config's
 * `database` (relative to the vault), else one per vault in the data folder (data-paths.ts).
 */
import path from 'node:path';
import { defaultDatabase, expandHome, globalConfigFile } from './data-paths.js';
import { findVault, VAULT_CONFIG } from './find-vault.js';
import type { LocatedValues } from './parse-config.js';
import { readConfig } from './read-config.js';
import { DEFAULT_SETTINGS, type Settings, type Source } from './settings.js';

export interface ConfigInput {
  flags: { vault?: string | undefined; db?: string | undefined };
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface ResolvedConfig {
  vault: string;
  vaultSource: Source;
  /** The vault's config file, when it has one. */
  vaultFile: string | null;
  /** The global config file, when there is one. */
  globalFile: string | null;
  /** Where the global config is looked for (null without HOME or XDG_CONFIG_HOME). */
  globalPath: string | null;
  db: string;
  dbSource: Source;
  settings: Settings;
  sources: Record<keyof Settings, Source>;
}

type Found<T> = { value: T; source: Source };

export async function resolveConfig(input: ConfigInput): Promise<ResolvedConfig> {
  const globalPath = globalConfigFile(input.env);
  const global = globalPath === null ? null : await readConfig(globalPath, 'global');
  const vault = pickVault(input, global, globalPath ?? '');
  const vaultPath = path.join(vault.value, VAULT_CONFIG);
  const local = await readConfig(vaultPath, 'vault');
  const db = pickDatabase(input, vault.value, local, vaultPath);
  const { settings, sources } = pickSettings(local, vaultPath, global, globalPath ?? '');
  return {
    vault: vault.value,
    vaultSource: vault.source,
    vaultFile: local === null ? null : vaultPath,
    globalFile: global === null ? null : globalPath,
    globalPath,
    db: db.value,
    dbSource: db.source,
    settings,
    sources,
  };
}

function pickDatabase(
  input: ConfigInput,
  vault: string,
  local: LocatedValues | null,
  vaultPath: string,
): Found<string> {
  const { flags, env, cwd } = input;
  if (flags.db !== undefined)
    return { value: path.resolve(cwd, flags.db), source: { kind: 'flag', detail: '--db' } };
  if (env.BOKSEUP_DB)
    return { value: path.resolve(cwd, env.BOKSEUP_DB), source: { kind: 'env', detail: 'BOKSEUP_DB' } };
  if (local?.database) {
    const value = path.resolve(vault, expandHome(local.database.value, env));
    return { value, source: { kind: 'vault config', detail: `${vaultPath}:${local.database.line}` } };
  }
  const detail = local?.id
    ? `one per vault, named by its id (${vaultPath}:${local.id.line})`
    : 'one per vault, keyed by its real path';
  return { value: defaultDatabase(env, vault, local?.id?.value), source: { kind: 'default', detail } };
}

function pickVault(input: ConfigInput, global: LocatedValues | null, globalPath: string): Found<string> {
  const { flags, env, cwd } = input;
  if (flags.vault !== undefined)
    return { value: path.resolve(cwd, flags.vault), source: { kind: 'flag', detail: '--vault' } };
  if (env.BOKSEUP_VAULT)
    return {
      value: path.resolve(cwd, expandHome(env.BOKSEUP_VAULT, env)),
      source: { kind: 'env', detail: 'BOKSEUP_VAULT' },
    };
  const around = findVault(cwd);
  if (around !== null)
    return {
      value: around,
      source: { kind: 'working directory', detail: `${VAULT_CONFIG} or .obsidian/ found there` },
    };
  if (global?.vault) {
    const value = path.resolve(path.dirname(globalPath), expandHome(global.vault.value, env));
    return { value, source: { kind: 'global config', detail: `${globalPath}:${global.vault.line}` } };
  }
  return { value: path.resolve(cwd, 'notes'), source: { kind: 'default', detail: './notes' } };
}

function pickSettings(
  local: LocatedValues | null,
  localPath: string,
  global: LocatedValues | null,
  globalPath: string,
): Pick<ResolvedConfig, 'settings' | 'sources'> {
  const settings = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  const sources = {} as Record<keyof Settings, Source>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const mine = local?.[key];
    const theirs = global?.[key];
    if (mine !== undefined) {
      settings[key] = mine.value;
      sources[key] = { kind: 'vault config', detail: `${localPath}:${mine.line}` };
    } else if (theirs !== undefined) {
      settings[key] = theirs.value;
      sources[key] = { kind: 'global config', detail: `${globalPath}:${theirs.line}` };
    } else sources[key] = { kind: 'default', detail: 'built in' };
  }
  return { settings: settings as unknown as Settings, sources };
}
