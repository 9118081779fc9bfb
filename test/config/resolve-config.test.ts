/** Which vault, database and settings a command uses, and where each came from. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';

let home: string;
let vault: string;
beforeEach(() => {
  home = mkdtempSync(path.join(tmpdir(), 'bokseup-resolve-'));
  vault = path.join(home, 'Vault');
  mkdirSync(path.join(vault, '.obsidian', 'x'), { recursive: true });
  mkdirSync(path.join(vault, 'Study', 'Deep'), { recursive: true });
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const resolve = (opts: { vault?: string; db?: string; env?: Record<string, string>; cwd?: string } = {}) =>
  resolveConfig({
    flags: { vault: opts.vault, db: opts.db },
    env: { HOME: home, ...opts.env },
    cwd: opts.cwd ?? home,
  });

describe('resolveConfig', () => {
  it('takes the vault from the flag, then the variable, then the folder you are in, then the global config, then ./notes', async () => {
    const other = path.join(home, 'Other');
    mkdirSync(other);
    const inside = path.join(vault, 'Study', 'Deep');
    const xdg = { XDG_CONFIG_HOME: path.join(home, 'cfg') };
    mkdirSync(path.join(home, 'cfg', 'bokseup'), { recursive: true });
    writeFileSync(path.join(home, 'cfg', 'bokseup', 'config.yml'), `vault: ${other}\n`);
    const kinds = async (opts: Parameters<typeof resolve>[0]) => {
      const c = await resolve(opts);
      return [c.vault, c.vaultSource.kind];
    };
    expect(await kinds({ vault: 'Vault', env: { BOKSEUP_VAULT: other } })).toEqual([vault, 'flag']);
    expect(await kinds({ env: { BOKSEUP_VAULT: other }, cwd: inside })).toEqual([other, 'env']);
    expect(await kinds({ env: xdg, cwd: inside })).toEqual([vault, 'working directory']);
    expect(await kinds({ env: xdg })).toEqual([other, 'global config']);
    expect(await kinds({})).toEqual([path.join(home, 'notes'), 'default']);
  });

  it('keeps one database per vault in the data folder, the same from any folder, unless told otherwise', async () => {
    const a = await resolve({ vault });
    const b = await resolve({ cwd: path.join(vault, 'Study') });
    expect(a.db).toBe(b.db);
    expect(a.db).toMatch(new RegExp(`^${home}/\\.local/share/bokseup/Vault-[0-9a-f]{12}\\.db$`));
    const xdg = await resolve({ vault, env: { XDG_DATA_HOME: path.join(home, 'data') } });
    expect(path.dirname(xdg.db)).toBe(path.join(home, 'data', 'bokseup'));
    expect((await resolve({ vault, env: { XDG_DATA_HOME: 'relative' } })).db).toBe(a.db); // XDG wants absolute paths
    writeFileSync(path.join(vault, '.bokseup.yml'), 'database: ../db/here.db\n');
    expect(await resolve({ vault })).toMatchObject({
      db: path.join(home, 'db', 'here.db'),
      dbSource: { kind: 'vault config' },
    });
    expect((await resolve({ vault, env: { BOKSEUP_DB: 'env.db' } })).db).toBe(path.join(home, 'env.db'));
    expect((await resolve({ vault, db: 'flag.db', env: { BOKSEUP_DB: 'env.db' } })).db).toBe(
      path.join(home, 'flag.db'),
    );
  });

  it('takes each setting from the vault config, then the global config, then the default, and says which', async () => {
    mkdirSync(path.join(home, '.config', 'bokseup'), { recursive: true });
    writeFileSync(path.join(home, '.config', 'bokseup', 'config.yml'), 'daily-limit: 20\nretention: 0.95\n');
    writeFileSync(path.join(vault, '.bokseup.yml'), '# mine\nretention: 0.8\n');
    const c = await resolve({ vault });
    expect(c.settings).toMatchObject({ dailyLimit: 20, retention: 0.8, longTermStability: 30 });
    expect(c.sources.retention).toEqual({ kind: 'vault config', detail: `${vault}/.bokseup.yml:2` });
    expect(c.sources.dailyLimit).toEqual({
      kind: 'global config',
      detail: `${home}/.config/bokseup/config.yml:1`,
    });
    expect(c.sources.longTermStability.kind).toBe('default');
  });
});
