/**
 * The template lines of a profile as repair anchors (see `template-anchors.ts`): `key:` for every
 * input and derived key, the literal text of derived values (`🛑첫날: "✍첫날 : …`, with
 * `ASCII_RUN` where the date or count goes), and `### heading` for the sections.
 */
import type { DerivedField, Profile } from '../note/profile.js';
import { ASCII_RUN } from './template-anchors.js';

/** Renders a key the way the template writes it (quoted when YAML needs it). */
export type RenderKey = (key: string) => string;

/** A date-fns pattern as an anchor: quoted text kept, fields as one ASCII run; stops at `a` (오전/오후). */
function patternAnchor(pattern: string): string {
  let out = '';
  const run = (): void => void (out.endsWith(ASCII_RUN) || (out += ASCII_RUN));
  for (const [, quoted, field, other] of pattern.matchAll(/'([^']*)'|([A-Za-z]+)|(.)/gu)) {
    if (field === 'a') break;
    if (field !== undefined) run();
    const literal = quoted ?? other ?? '';
    for (const ch of literal) {
      if (ch.charCodeAt(0) < 0x80 && out.endsWith(ASCII_RUN)) continue;
      out += ch;
    }
  }
  return out;
}

function valueAnchor(field: DerivedField): string | null {
  const f = field.format;
  if (f.kind === 'date') return patternAnchor(f.pattern);
  if (f.kind === 'days') return f.template.replace('{n}', ASCII_RUN);
  return null;
}

/** Every anchor of `profile`. */
export function profileAnchors(profile: Profile, renderKey: RenderKey): string[] {
  const keys = [...Object.values(profile.keys), ...profile.derived.map((d) => d.key)];
  // Notes keep their own quoting: the key plain, double-quoted, and as the template renders it.
  const out = keys.flatMap((k) => [`${k}:`, `"${k}":`, `${renderKey(k)}:`]);
  for (const field of profile.derived) {
    const value = valueAnchor(field);
    if (value === null || ![...value].some((ch) => ch.charCodeAt(0) >= 0x80)) continue;
    const key = renderKey(field.key);
    out.push(`${key}: ${value}`, `${key}: "${value}`);
  }
  out.push(`${renderKey(profile.keys.status)}: ${profile.statusValues.extra}`);
  out.push(`${renderKey(profile.keys.status)}: ${profile.statusValues.done}`);
  return [...new Set([...out, ...Object.values(profile.sections).map((s) => `### ${s}`)])];
}
