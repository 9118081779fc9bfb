/**
 * Which files of a vault are study notes. A vault holds study notes and everything else (daily
 * notes, meeting notes, templates): a **study note** is a note whose frontmatter has one of a
 * profile's marker keys (its first-study key, or another key the profile names). Everything else
 * is an **other** note: counted, never an error, never scheduled. A study note whose first-study
 * value is a template placeholder (`{{date:YYYY-MM-DD}}`, `<% tp.date.now() %>`) is a **template**.
 * A study note left out by the vault's tag filter is **excluded**. Pure: text in, verdict out.
 */
import type { Profile } from './profile.js';

export type NoteKind = 'study' | 'other' | 'template' | 'excluded';

export const NOTE_KINDS: readonly NoteKind[] = ['study', 'other', 'template', 'excluded'];

/** Every key that makes a note a study note of `profile`. */
export function markerKeys(profile: Profile): readonly string[] {
  return [profile.keys.firstStudy, ...(profile.markers ?? [])];
}

/** True when the frontmatter text mentions a marker key of some profile (a cheap first test). */
export function mentionsMarker(yamlText: string, profiles: readonly Profile[]): boolean {
  return profiles.some((p) => markerKeys(p).some((key) => yamlText.includes(key)));
}

/** The first profile with a marker key among `keys`, or null when the note is not a study note. */
export function studyProfile(keys: Iterable<string>, profiles: readonly Profile[]): Profile | null {
  const present = new Set(keys);
  return profiles.find((p) => markerKeys(p).some((key) => present.has(key))) ?? null;
}

/** Obsidian core Templates (`{{date}}`, `{{date:YYYY-MM-DD}}`, `{{time}}`) and Templater (`<% … %>`). */
const PLACEHOLDER = /\{\{[^}\n]*\}\}|<%[^\n]*%>/;

/**
 * True when the line of a profile's first-study key in the raw frontmatter holds a template
 * placeholder. Read from the source text: `{{date}}` is not even valid YAML as a plain value.
 */
export function hasPlaceholderDate(yamlText: string, profiles: readonly Profile[]): boolean {
  if (!yamlText.includes('{{') && !yamlText.includes('<%')) return false;
  for (const line of yamlText.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line
      .slice(0, colon)
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2');
    if (!profiles.some((p) => p.keys.firstStudy === key)) continue;
    if (PLACEHOLDER.test(line.slice(colon + 1))) return true;
  }
  return false;
}
