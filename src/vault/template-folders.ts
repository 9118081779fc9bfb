/**
 * The folders of a vault that hold templates, as Obsidian's own settings name them: the core
 * Templates plugin's `.obsidian/templates.json` (`folder`) and the Templater plugin's
 * `.obsidian/plugins/templater-obsidian/data.json` (`templates_folder`). When neither names one,
 * the usual top-level `Templates` folder. A setting naming the vault root (Templater's default
 * `/`) names no folder. These files are Obsidian's: one that cannot be read or parsed is ignored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where each setting lives (relative to the vault) and which of its keys names the folder. */
export const TEMPLATE_SETTINGS = [
  { file: '.obsidian/templates.json', key: 'folder' },
  { file: '.obsidian/plugins/templater-obsidian/data.json', key: 'templates_folder' },
] as const;

/** The folder used when no setting names one. */
export const DEFAULT_TEMPLATE_FOLDER = 'Templates';

/** A templates folder and the file that named it (null for the default). */
export interface TemplateFolder {
  folder: string;
  from: string | null;
}

function settingOf(vault: string, file: string, key: string): string | null {
  try {
    const value = (JSON.parse(readFileSync(join(vault, file), 'utf8')) as Record<string, unknown>)[key];
    if (typeof value !== 'string') return null;
    const folder = value.trim().replace(/^\/+|\/+$/g, '');
    return folder === '' ? null : folder;
  } catch {
    return null;
  }
}

/** The templates folders of the vault at `vault`, relative to it. */
export function templateFolders(vault: string): TemplateFolder[] {
  const named: TemplateFolder[] = [];
  for (const { file, key } of TEMPLATE_SETTINGS) {
    const folder = settingOf(vault, file, key);
    if (folder !== null && !named.some((n) => n.folder === folder)) named.push({ folder, from: file });
  }
  return named.length > 0 ? named : [{ folder: DEFAULT_TEMPLATE_FOLDER, from: null }];
}
