/**
 * A note's tags as Obsidian sees them: the frontmatter's `tags` (or `tag`) property, a list or a
 * comma- or space-separated text, and every `#tag` in the body outside code. Tags are compared
 * without `#` and in lower case (Obsidian's tags are case-insensitive), and a filter for `study`
 * also takes the nested `study/linux`. Pure.
 */
import type { FrontmatterEntry } from './frontmatter.js';

/** Which tags put a study note in or out of the review (without `#`; empty: no filter). */
export interface TagFilter {
  include: readonly string[];
  exclude: readonly string[];
}

const INLINE_TAG = /(?:^|[\s(])#([\p{L}\p{N}_\-/]*[\p{L}_\-/][\p{L}\p{N}_\-/]*)/gu;
const FENCE = /^\s{0,3}(```|~~~)/;

function normalise(tag: string): string {
  return tag.replace(/^#/, '').trim().toLowerCase();
}

/** Tags of the frontmatter's `tags` / `tag` entry: a list, or a comma- or space-separated text. */
export function frontmatterTags(entry: FrontmatterEntry | undefined): string[] {
  if (entry === undefined) return [];
  const raw = typeof entry.value === 'string' ? entry.value.split(/[,\s]+/) : (entry.items ?? []);
  return raw.map(normalise).filter(Boolean);
}

/** `#tags` of body lines outside fenced code and inline code spans. */
export function inlineTags(lines: readonly string[]): string[] {
  const tags: string[] = [];
  let inFence = false;
  for (const line of lines) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || !line.includes('#')) continue;
    for (const m of line.replace(/`[^`]*`/g, '').matchAll(INLINE_TAG)) if (m[1]) tags.push(normalise(m[1]));
  }
  return tags;
}

/** A tag `wanted` takes `tag` itself and every tag nested under it. */
function covers(wanted: string, tag: string): boolean {
  return tag === wanted || tag.startsWith(`${wanted}/`);
}

/** True when a note with `tags` stays out of the review under `filter`. */
export function excludedByTags(tags: readonly string[], filter: TagFilter): boolean {
  const include = filter.include.map(normalise);
  const exclude = filter.exclude.map(normalise);
  if (exclude.some((w) => tags.some((t) => covers(w, t)))) return true;
  return include.length > 0 && !include.some((w) => tags.some((t) => covers(w, t)));
}
