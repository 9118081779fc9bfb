/**
 * Ingest's per-file step: decide from the stat, then the content hash, whether a vault file must be
 * parsed, and parse it. Reads files; never writes.
 */
import { diagnostic, type Diagnostic } from '../note/diagnostic.js';
import { sha256Hex } from '../text/sha256.js';
import type { NoteKind } from '../note/note-kind.js';
import type { ParseResult } from '../note/parse-note.js';
import { readNoteFile } from '../vault/read-file.js';
import type { VaultEntry } from '../vault/walk.js';
import type { StoredStat } from '../store/ingest-state.js';
import { noteRecord, type NoteRecord } from '../store/note-record.js';

export type { ParseResult };

/** The note parser as ingest calls it: `path` relative to the vault, `text` the decoded file. */
export type ParseFn = (path: string, text: string) => ParseResult;

/** The outcome for one vault file. */
export type ScanResult =
  | { kind: 'unchanged'; errors: Diagnostic[] }
  | { kind: 'touch'; id: string; errors: Diagnostic[] }
  | { kind: 'changed'; hash: string; note: NoteRecord | null; errors: Diagnostic[]; noteKind: NoteKind }
  | { kind: 'unreadable'; errors: Diagnostic[] };

/** True when the stored row has the walked size and mtime: the file is taken as unchanged, not read. */
export function sameStat(entry: VaultEntry, prev: StoredStat | undefined): prev is StoredStat {
  return prev !== undefined && prev.size === entry.size && prev.mtimeMs === entry.mtimeMs;
}

function storedErrors(prev: StoredStat): Diagnostic[] {
  return prev.errorJson === null ? [] : (JSON.parse(prev.errorJson) as Diagnostic[]);
}

/**
 * Scan one file against its stored row (`prev`, the live note at the same path, if any).
 * Unchanged size and mtime → not read; same hash → only the stat changes; otherwise parse.
 * With `force`, every file is parsed again (after a parser upgrade).
 */
export function scanEntry(
  entry: VaultEntry,
  prev: StoredStat | undefined,
  parse: ParseFn,
  force: boolean,
): ScanResult {
  if (!force && sameStat(entry, prev)) {
    return { kind: 'unchanged', errors: storedErrors(prev) };
  }
  let file;
  try {
    file = readNoteFile(entry.abs);
  } catch (error) {
    const message = `cannot read the file: ${(error as Error).message}`;
    return { kind: 'unreadable', errors: [diagnostic(entry.path, 0, 'unreadable', message)] };
  }
  const hash = sha256Hex(file.bytes);
  if (prev && !force && prev.hash === hash) return { kind: 'touch', id: prev.id, errors: storedErrors(prev) };
  if (file.text === null) {
    // Only a file that opens with frontmatter may be a study note; any other is left alone.
    if (!startsWithFrontmatter(file.bytes))
      return { kind: 'changed', hash, note: null, errors: [], noteKind: 'other' };
    const { line, message } = file.encodingError ?? { line: 0, message: 'not valid UTF-8' };
    const errors = [diagnostic(entry.path, line, 'not-utf8', message)];
    return { kind: 'changed', hash, note: null, errors, noteKind: 'study' };
  }
  return { kind: 'changed', hash, ...parseSafely(entry.path, file.text, parse) };
}

/** `---` on the first line (after a BOM). */
function startsWithFrontmatter(bytes: Buffer): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return /^---[ \t]*\r?\n/.test(bytes.subarray(start, start + 8).toString('latin1'));
}

/** Run the parser; a fatal diagnostic (or a parser crash) means no note. */
function parseSafely(
  path: string,
  text: string,
  parse: ParseFn,
): { note: NoteRecord | null; errors: Diagnostic[]; noteKind: NoteKind } {
  let result: ParseResult;
  try {
    result = parse(path, text);
  } catch (error) {
    return {
      note: null,
      errors: [diagnostic(path, 0, 'parse-crash', `the note parser failed: ${(error as Error).message}`)],
      noteKind: 'study',
    };
  }
  if (result.kind !== 'study') return { note: null, errors: [], noteKind: result.kind };
  const fatal = result.diagnostics.filter((d) => d.fatal);
  if (result.note && fatal.length === 0)
    return { note: noteRecord(result.note), errors: [], noteKind: 'study' };
  const errors =
    fatal.length > 0 ? fatal : [diagnostic(path, 0, 'parse-failed', 'the note could not be understood')];
  return { note: null, errors, noteKind: 'study' };
}
