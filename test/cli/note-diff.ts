/**
 * Compare two versions of a note line by line: which frontmatter keys changed (and to what), and
 * whether the body after the closing `---` is byte-identical.
 */
import { readFileSync } from 'node:fs';

/** A note's bytes split at the line after the closing `---` of its frontmatter. */
export interface NoteParts {
  front: string[];
  body: Buffer;
}

/** Split a note file (UTF-8, LF) into frontmatter lines (without the fences) and body bytes. */
export function splitNote(bytes: Buffer): NoteParts {
  const text = bytes.toString('utf8');
  const lines = text.split('\n');
  if (lines[0] !== '---') throw new Error('no frontmatter');
  const close = lines.indexOf('---', 1);
  if (close < 0) throw new Error('frontmatter not closed');
  const headBytes = Buffer.byteLength(lines.slice(0, close + 1).join('\n') + '\n');
  return { front: lines.slice(1, close), body: bytes.subarray(headBytes) };
}

/** The key of a frontmatter line `key: value` (a quoted key keeps its quotes). */
export function keyOf(line: string): string {
  const match = /^("[^"]*"|[^:]+):/.exec(line);
  if (!match?.[1]) throw new Error(`not a key line: ${line}`);
  return match[1];
}

/**
 * The frontmatter lines that differ, as key → the new line. Throws if the line count or a key
 * changed (a write must never add, drop or reorder keys).
 */
export function changedLines(before: Buffer, after: Buffer): Map<string, string> {
  const a = splitNote(before).front;
  const b = splitNote(after).front;
  if (a.length !== b.length) throw new Error(`frontmatter went from ${a.length} to ${b.length} lines`);
  const changed = new Map<string, string>();
  a.forEach((line, i) => {
    const next = b[i] ?? '';
    if (keyOf(line) !== keyOf(next)) throw new Error(`line ${i + 2}: key ${keyOf(line)} became ${next}`);
    if (line !== next) changed.set(keyOf(line), next);
  });
  return changed;
}

/** The value lines of a note file that begin with `key: `. */
export function fieldLine(file: string, key: string): string | undefined {
  return splitNote(readFileSync(file)).front.find((l) => l.startsWith(`${key}: `));
}
