/**
 * What `bokseup config` shows: every resolved setting with its value and where it came from
 * (flag, env, the vault's config file and line, the global config, Obsidian's settings, default).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { VAULT_CONFIG } from '../config/find-vault.js';
import { SETTING_NAMES, type Settings, type Source } from '../config/settings.js';
import { templateFolders } from '../vault/template-folders.js';
import type { CommandContext } from './context.js';

export interface ConfigEntry {
  name: string;
  value: string | number | string[] | null;
  /** Where the value came from; for the config files, `found` or `none`. */
  source: Source['kind'] | 'found' | 'none';
  from: string;
  /** For the database: whether its file exists yet (it is created on first use). */
  exists?: boolean;
}

/** The entries, in display order (the JSON of `bokseup config --json` is `{name: {value, source, from}}`). */
export function configReport(ctx: CommandContext, tzSource: Source): ConfigEntry[] {
  const c = ctx.config;
  const entry = (name: string, value: ConfigEntry['value'], s: Source): ConfigEntry => ({
    name,
    value,
    source: s.kind,
    from: s.detail,
  });
  const file = (name: string, path: string | null, lookedAt: string): ConfigEntry =>
    path === null
      ? { name, value: null, source: 'none', from: `looked for ${lookedAt}` }
      : { name, value: path, source: 'found', from: path };
  const templates = templateFolders(ctx.vault);
  return [
    entry('vault', c.vault, c.vaultSource),
    file('vault config', c.vaultFile, path.join(c.vault, VAULT_CONFIG)),
    file('global config', c.globalFile, c.globalPath ?? '(no HOME or XDG_CONFIG_HOME)'),
    { ...entry('database', c.db, c.dbSource), exists: existsSync(c.db) },
    {
      name: 'templates',
      value: templates.map((t) => t.folder),
      source: templates.some((t) => t.from !== null) ? 'obsidian' : 'default',
      from: templates.map((t) => t.from ?? 'the usual folder (no Obsidian setting names one)').join(', '),
    },
    ...(Object.keys(SETTING_NAMES) as (keyof Settings)[]).map((key) =>
      entry(SETTING_NAMES[key], ctx.settings[key], c.sources[key]),
    ),
    entry('time zone', ctx.clock.tz, tzSource),
  ];
}

/** The report as aligned text lines: name, value, then where it came from. */
export function renderConfig(entries: readonly ConfigEntry[]): string {
  const shown = (v: ConfigEntry['value']): string =>
    v === null ? '(none)' : Array.isArray(v) ? (v.length === 0 ? '(none)' : v.join(', ')) : String(v);
  const width = Math.max(...entries.map((e) => e.name.length));
  const valueWidth = Math.min(60, Math.max(...entries.map((e) => shown(e.value).length)));
  return entries
    .map((e) => {
      const where = e.source === 'found' ? '' : e.source === 'none' ? e.from : `${e.source}: ${e.from}`;
      const fresh = e.exists === false ? '  (not created yet: the first command creates it)' : '';
      return `${e.name.padEnd(width)}  ${shown(e.value).padEnd(valueWidth)}  ${where}${fresh}`.trimEnd();
    })
    .join('\n')
    .concat('\n');
}
