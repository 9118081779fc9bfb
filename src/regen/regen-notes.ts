/**
 * `regen`'s job: recompute the derived frontmatter of notes and write the stale ones, or, with
 * `dryRun`, only show what would change, or, with `check`, only list them (DESIGN §5).
 */
import path from 'node:path';
import type { Diagnostic } from '../note/diagnostic.js';
import type { Clock } from '../time/clock.js';
import { unifiedDiff } from '../text/unified-diff.js';
import { readNoteFile } from '../vault/read-file.js';
import { rewriteNote, staleKeys } from './rewrite-note.js';
import { writeRewritten } from './write-rewritten.js';

export interface RegenOptions {
  dryRun?: boolean;
  check?: boolean;
  addMissing?: boolean;
  /** Receives each stale note's unified diff under `dryRun`. */
  onDiff?: (diff: string) => void;
}

/** What `regen --json` prints. */
export interface RegenSummary {
  stale: string[];
  written: string[];
  unchanged: number;
  errors: { path: string; line: number; rule: string; message: string }[];
}

/** Regenerate the notes at vault paths `targets` of `vault` on `clock`. */
export async function regenNotes(
  vault: string,
  targets: readonly string[],
  clock: Clock,
  opts: RegenOptions,
): Promise<RegenSummary> {
  const summary: RegenSummary = { stale: [], written: [], unchanged: 0, errors: [] };
  for (const rel of targets) await regenOne(vault, rel, clock, opts, summary);
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
  const file = readNoteFile(abs);
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
  if (first.text === file.text) {
    summary.unchanged++;
    return;
  }
  summary.stale.push(rel);
  if (opts.dryRun) {
    opts.onDiff?.(unifiedDiff(file.text, first.text, `a/${rel}`, `b/${rel}`));
    return;
  }
  if ((await writeRewritten(abs, rel, file.bytes, clock, undefined, opts)).written) summary.written.push(rel);
}

function errorsOf(path: string, diagnostics: readonly Diagnostic[]): RegenSummary['errors'] {
  return diagnostics.map((d) => ({ path, line: d.line, rule: d.rule, message: d.message }));
}
