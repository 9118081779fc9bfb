/**
 * `new`'s job: a new note from the profile's template, first study today, every derived field
 * filled in (the template regenerated once). The title may name a folder inside the vault
 * (`Study/Linux/ARP`); without one, the note goes where Obsidian puts new notes (its
 * `.obsidian/app.json` "folder" setting), else at the vault root. A trailing `.md` is the
 * extension, not part of the title.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newNoteText } from '../note/note-template.js';
import { profileById, PROFILES } from '../note/profile.js';
import type { LocalDate, NoteFields } from '../note/types.js';
import { deriveFields } from '../schedule/derived-fields.js';
import { today, type Clock } from '../time/clock.js';
import { usageError } from '../text/user-error.js';
import { walkVault } from '../vault/walk.js';

// eslint-disable-next-line no-control-regex -- control characters cannot be in a file name
const BAD_NAME = /[\\:*?"<>|\u0000-\u001f]/;

export interface NewNote {
  /** Absolute path of the new file. */
  file: string;
  /** Its path in the vault. */
  path: string;
  firstStudy: LocalDate;
  /** Other notes of the vault with the same title (`[[title]]` links become ambiguous). */
  sameTitle: string[];
}

/** `Study/Linux/ARP.md` → ['Study', 'Linux', 'ARP']; a usage error for a name no file can have. */
function splitTitle(title: string): string[] {
  const parts = title
    .trim()
    .replace(/\.md$/i, '')
    .split('/')
    .map((p) => p.trim());
  const bad = parts.some((p) => p === '' || p === '.' || p === '..' || p.startsWith('.') || BAD_NAME.test(p));
  if (bad || title.trim().startsWith('/'))
    throw usageError(
      `"${title}" cannot be a note's name (a title, or folder/title inside the vault; no \\ : * ? " < > |, no dot folders)`,
    );
  return parts;
}

/** Obsidian's folder for new notes (`newFileLocation: "folder"`), or '' for the vault root. */
function obsidianNewFolder(vault: string): string {
  try {
    const app = JSON.parse(readFileSync(path.join(vault, '.obsidian', 'app.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const folder = app.newFileLocation === 'folder' ? app.newFileFolderPath : undefined;
    return typeof folder === 'string' ? folder.replace(/^\/+|\/+$/g, '') : '';
  } catch {
    return '';
  }
}

/** Create the note `title` in `vault`; a usage error for a bad name, an unknown profile or an existing file. */
export function createNote(
  vault: string,
  title: string,
  opts: { subject?: string; profile: string },
  clock: Clock,
): NewNote {
  const parts = splitTitle(title);
  const name = parts.at(-1) ?? '';
  if (!PROFILES.some((p) => p.id === opts.profile)) {
    throw usageError(
      `--profile: unknown profile "${opts.profile}" (${PROFILES.map((p) => p.id).join(', ')})`,
    );
  }
  const folder = parts.length > 1 ? parts.slice(0, -1).join('/') : obsidianNewFolder(vault);
  const rel = folder === '' ? `${name}.md` : `${folder}/${name}.md`;
  const file = path.join(vault, rel);
  if (existsSync(file)) throw usageError(`${file} already exists`);
  const first = today(clock);
  const profile = profileById(opts.profile);
  const fields: NoteFields = {
    firstStudy: first,
    subject: opts.subject ?? null,
    done: { d1: false, d4: false, d7: false, d14: false },
    longTerm: false,
    status: null,
  };
  const derived = deriveFields(profile, fields, clock);
  const text = newNoteText(profile, { firstStudy: first, subject: fields.subject, derived });
  const sameTitle = notesTitled(vault, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  return { file, path: rel, firstStudy: first, sameTitle };
}

/** The vault's notes whose file name (without `.md`) is `name`, compared as Obsidian does. */
function notesTitled(vault: string, name: string): string[] {
  if (!existsSync(vault)) return [];
  const key = (s: string) => s.normalize('NFC').toLowerCase();
  const wanted = key(`${name}.md`);
  return walkVault(vault)
    .map((e) => e.path)
    .filter((p) => key(p.slice(p.lastIndexOf('/') + 1)) === wanted);
}
