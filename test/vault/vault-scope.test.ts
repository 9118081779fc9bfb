/** What of a vault the walk takes: templates folders from Obsidian's settings, include/exclude patterns. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import picomatch from 'picomatch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vaultScope } from '../../src/ingest/index.js';
import { templateFolders, walkFilter, walkVault } from '../../src/vault/index.js';

let root: string;
function write(path: string, content = 'x'): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
const walked = async (rules: { include?: string[]; exclude?: string[] } = {}) => {
  const scope = await vaultScope(root, { include: rules.include ?? [], exclude: rules.exclude ?? [] });
  return walkVault(root, scope.walk).map((e) => e.path);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bokseup-scope-'));
  for (const p of [
    'a.md',
    'Templates/t.md',
    'Study/s.md',
    'Study/Archive/old.md',
    'Archive/x.md',
    'x.excalidraw.md',
  ])
    write(p);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('templates folders', () => {
  it('default to the top-level Templates folder when Obsidian names none', async () => {
    expect(templateFolders(root)).toEqual([{ folder: 'Templates', from: null }]);
    expect(await walked()).not.toContain('Templates/t.md');
  });

  it("are the core plugin's and Templater's folders when their settings name them", async () => {
    write('.obsidian/templates.json', '{"folder":"Meta/Core/"}');
    write('.obsidian/plugins/templater-obsidian/data.json', '{"templates_folder":"/Meta/Templater"}');
    write('Meta/Core/c.md');
    write('Meta/Templater/t.md');
    write('Meta/keep.md');
    expect(templateFolders(root).map((t) => t.folder)).toEqual(['Meta/Core', 'Meta/Templater']);
    expect(await walked()).toEqual([
      'Archive/x.md',
      'Meta/keep.md',
      'Study/Archive/old.md',
      'Study/s.md',
      'Templates/t.md',
      'a.md',
      'x.excalidraw.md',
    ]);
  });

  it("ignore a setting naming the vault root (Templater's default) and files that do not parse", async () => {
    write('.obsidian/templates.json', '{"folder": ""}');
    write('.obsidian/plugins/templater-obsidian/data.json', '{"templates_folder": "/"');
    expect(templateFolders(root)).toEqual([{ folder: 'Templates', from: null }]);
  });
});

describe('include and exclude', () => {
  it('excludes folders by name (not their look-alikes) and files by glob', async () => {
    write('Archived/y.md');
    expect(await walked({ exclude: ['Archive', '**/*.excalidraw.md'] })).toEqual([
      'Archived/y.md',
      'Study/Archive/old.md',
      'Study/s.md',
      'a.md',
    ]);
    expect(await walked({ exclude: ['**/Archive/**'] })).toEqual([
      'Archived/y.md',
      'Study/s.md',
      'a.md',
      'x.excalidraw.md',
    ]);
  });

  it('with include, takes only the files that match; #tags are left to the parser', async () => {
    expect(await walked({ include: ['Study', '#exam'] })).toEqual(['Study/Archive/old.md', 'Study/s.md']);
    const scope = await vaultScope(root, { include: ['Study', '#exam'], exclude: ['#draft'] });
    expect(scope.tags).toEqual({ include: ['#exam'], exclude: ['#draft'] });
  });

  it('does not enter an excluded folder at all', async () => {
    const entered: string[] = [];
    const filter = walkFilter({ include: [], exclude: ['Study'], templateFolders: [] }, picomatch);
    walkVault(root, {
      takeFolder: (p) => (entered.push(p), filter.takeFolder(p)),
      takeFile: filter.takeFile,
    });
    expect(entered.sort()).toEqual(['Archive', 'Study', 'Templates']);
    expect(readdirSync(root)).toContain('Study');
  });
});
