/**
 * `regen`'s job: recompute the derived frontmatter of notes and write the stale ones, or, with
 * `dryRun`, only show what would change, or, with `check`, only list them (DESIGN §5). The index
 * says which notes are stale (stale-notes.ts); only those files are read, and each is checked again
 * against its file before it is written.
 */
import path from 'node:path';
import type { Diagnostic } from '../note/diagnostic.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../time/clock.js';
import { unifiedDiff } from '../text/unified-diff.js';
import { readNoteFile, type NoteFile } from '../vault/read-file.js';
import { notWrittenReason } from './not-written.js';
import { rewriteNote, staleKeys } from './rewrite-note.js';
import { staleNotes, type RegenError } from './stale-notes.js';
import { writeRewritten, type WritePolicy } from './write-rewritten.js';

export interface RegenOptions {
  dryRun?: boolean;
  check?: boolean;
  addMissing?: boolean;
  /** Receives each stale note's unified diff under `dryRun`. */
  onDiff?: (diff: string) => void;
  /** How notes are written (the vault, `--follow-links`, the settle time). */
  write?: WritePolicy;
}

/** What `regen --json` prints. */
export interface RegenSummary {
  stale: string[];
  written: string[];
  unchanged: number;
  errors: RegenError[];
  /** Derived keys that could not be rewritten (a list, `!!binary`…): warnings, by path and line. */
  skipped: RegenError[];
  /** Stale notes that could not be written (read-only, busy, a link out of the vault, an I/O error). */
  unwritten: { path: string; reason: string; message: string }[];
}

/**
 * Regenerate the notes of `store`'s vault `vault` on `clock`: every live note, or only the ones at
 * the vault paths `paths`.
 */
export async function regenNotes(
  store: Store,
  vault: string,
  paths: readonly string[] | null,
  clock: Clock,
  opts: RegenOptions,
): Promise<RegenSummary> {
  const only = paths === null ? undefined : new Set(paths);
  const seen = new Set<string>();
  const rows = (function* () {
    for (const row of store.derived.each()) yield (seen.add(row.path), row);
  })();
  const index = staleNotes(rows, clock, { ...opts, ...(only ? { only } : {}) });
  // A named path the index does not hold (not ingested as a note) is read like an unknown one.
  const unknown = [...index.unknown, ...[...(only ?? [])].filter((p) => !seen.has(p))];
  const summary: RegenSummary = {
    stale: [],
    written: [],
    unchanged: index.unchanged,
    errors: index.errors,
    skipped: [],
    unwritten: [],
  };
  if (opts.check) summary.stale.push(...index.stale);
  const toRead = opts.check ? unknown : [...index.stale, ...unknown];
  for (const rel of toRead.sort()) await regenOne(vault, rel, clock, opts, summary);
  summary.stale.sort();
  summary.errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  return summary;
}

async function regenOne(
  vault: string,
  rel: string,
  clock: Clock,
  opts: RegenOptions,
  summary: RegenSummary,
): Promise<void> {
  const abs = path.join(vault, rel);
  const file = readOrReport(abs, rel, summary);
  if (file === null) return;
  if (file.text === null) {
    const e = file.encodingError;
    summary.errors.push({
      path: rel,
      line: e?.line ?? 0,
      rule: 'not-utf8',
      message: e?.message ?? 'not UTF-8',
    });
    return;
  }
  if (opts.check) {
    const check = staleKeys(rel, file.text, clock, opts);
    if (!check.ok) summary.errors.push(...errorsOf(rel, check.diagnostics));
    else if (check.keys.length > 0) summary.stale.push(rel);
    else summary.unchanged++;
    return;
  }
  const first = rewriteNote(rel, file.text, clock, undefined, opts);
  if (!first.ok) {
    summary.errors.push(...errorsOf(rel, first.diagnostics));
    return;
  }
  summary.skipped.push(...errorsOf(rel, first.skipped));
  if (first.text === file.text) {
    // Stale only in keys it could not rewrite (reported above): not "already up to date".
    if (first.skipped.length === 0) summary.unchanged++;
    return;
  }
  summary.stale.push(rel);
  if (opts.dryRun) {
    opts.onDiff?.(unifiedDiff(file.text, first.text, `a/${rel}`, `b/${rel}`));
    return;
  }
  const result = await writeRewritten(abs, rel, file.bytes, clock, undefined, {
    ...(opts.addMissing === true ? { addMissing: true } : {}),
    write: { vault, ...opts.write },
  });
  if (result.written) summary.written.push(rel);
  const why = notWrittenReason(result);
  if (why !== null) summary.unwritten.push({ path: rel, reason: result.reason ?? 'error', message: why });
}

/** The note's bytes and text, or null after recording why it cannot be read (a permission, a folder). */
function readOrReport(abs: string, rel: string, summary: RegenSummary): NoteFile | null {
  try {
    return readNoteFile(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    summary.errors.push({
      path: rel,
      line: 0,
      rule: 'unreadable',
      message: `cannot read the file (${code})`,
    });
    return null;
  }
}

function errorsOf(path: string, diagnostics: readonly Diagnostic[]): RegenError[] {
  return diagnostics.map((d) => ({ path, line: d.line, rule: d.rule, message: d.message }));
}
