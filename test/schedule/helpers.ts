/** Shared builders for the schedule tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { Profile, LocalDate, NoteFields } from '../../src/note/index.js';
import { type Clock, parseNow } from '../../src/time/index.js';

/** The user's real note (read only). */
export const SEED_PATH = fileURLToPath(new URL('../fixtures/notes/seed/input.md', import.meta.url));

/** Fields with the given first study day and done flags. */
export function fieldsOf(
  firstStudy: LocalDate,
  done: string[] = [],
  extra: Partial<NoteFields> = {},
): NoteFields {
  return {
    firstStudy,
    subject: 'Linux',
    done: {
      d1: done.includes('d1'),
      d4: done.includes('d4'),
      d7: done.includes('d7'),
      d14: done.includes('d14'),
    },
    longTerm: done.includes('longTerm'),
    status: null,
    ...extra,
  };
}

/** A clock at a local time in a zone (`2024-10-27T14:01`). */
export function clockAt(local: string, tz = 'Asia/Seoul'): Clock {
  const now = parseNow(local, tz);
  if (now === null) throw new Error(`bad time ${local}`);
  return { now, tz };
}

/** The seed note's frontmatter as a plain object (yaml core schema: dates stay strings). */
export function seedFrontmatter(): Record<string, unknown> {
  const text = readFileSync(SEED_PATH, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match?.[1]) throw new Error('seed note has no frontmatter');
  const doc = parseDocument(match[1]);
  if (doc.errors.length > 0) throw new Error(doc.errors[0]?.message);
  return doc.toJS() as Record<string, unknown>;
}

/** NoteFields read from a frontmatter object through a profile's keys. */
export function fieldsFromFrontmatter(fm: Record<string, unknown>, profile: Profile): NoteFields {
  const flag = (key: string): boolean => fm[key] === true;
  const status = fm[profile.keys.status];
  return {
    firstStudy: String(fm[profile.keys.firstStudy]),
    subject: String(fm[profile.keys.subject]),
    done: {
      d1: flag(profile.keys.d1),
      d4: flag(profile.keys.d4),
      d7: flag(profile.keys.d7),
      d14: flag(profile.keys.d14),
    },
    longTerm: flag(profile.keys.longTerm),
    status: typeof status === 'string' ? status : null,
  };
}
