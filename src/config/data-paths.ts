/**
 * Where bokseup keeps what is not the vault's (the XDG base directories): one database per vault
 * in the data folder (`$XDG_DATA_HOME/bokseup/`, else `~/.local/share/bokseup/`), the global config
 * in the config folder (`$XDG_CONFIG_HOME/bokseup/config.yml`, else `~/.config/bokseup/config.yml`).
 * Never inside the vault (a synced SQLite file conflicts between machines), never relative to the
 * working directory.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../text/sha256.js';
import { UserError } from '../text/user-error.js';

type Env = Record<string, string | undefined>;

/** `$VAR` when it is an absolute path (the XDG rule), else `~/fallback`; null without either. */
function baseDir(env: Env, variable: string, fallback: string): string | null {
  const value = env[variable];
  if (value !== undefined && path.isAbsolute(value)) return value;
  return env.HOME ? path.join(env.HOME, fallback) : null;
}

/** The global config file. */
export function globalConfigFile(env: Env): string | null {
  const dir = baseDir(env, 'XDG_CONFIG_HOME', '.config');
  return dir === null ? null : path.join(dir, 'bokseup', 'config.yml');
}

/**
 * The default database of the vault at `vault`: `<name>-<12 hex of sha256(real path)>.db`, or
 * `<id>.db` when the vault's config gives it an id (so a vault that moves keeps its history).
 */
export function defaultDatabase(env: Env, vault: string, id: string | undefined): string {
  const dir = baseDir(env, 'XDG_DATA_HOME', path.join('.local', 'share'));
  if (dir === null)
    throw new UserError(
      'no data folder for the database: set HOME or XDG_DATA_HOME, or give --db FILE',
      'environment',
    );
  if (id !== undefined) return path.join(dir, 'bokseup', `${id}.db`);
  const real = realOrSelf(vault);
  const name =
    path
      .basename(real)
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .slice(0, 40) || 'vault';
  return path.join(dir, 'bokseup', `${name}-${sha256Hex(real.normalize('NFC')).slice(0, 12)}.db`);
}

function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir; // no such folder yet: the command says so when it opens the vault
  }
}

/** `~/x` → `$HOME/x`; other paths unchanged. */
export function expandHome(file: string, env: Env): string {
  return (file === '~' || file.startsWith('~/')) && env.HOME ? path.join(env.HOME, file.slice(1)) : file;
}
