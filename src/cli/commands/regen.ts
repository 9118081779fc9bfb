/** `bokseup regen [--dry-run|--check] [PATH…]`: recompute the derived frontmatter fields (DESIGN §5). */
import path from 'node:path';
import { unifiedDiff } from '../../text/unified-diff.js';
import { formatDiagnostic, type Diagnostic } from '../../note/diagnostic.js';
import { readNoteFile } from '../../vault/read-file.js';
import { writeNoteAtomic } from '../../vault/atomic-write.js';
import type { CommandContext } from '../context.js';
import { ExitCode, usageError } from '../exit-codes.js';
import { resolveNotePath } from '../note-path.js';
import { openVault } from '../../ingest/open-vault.js';
import { printJson } from '../output.js';
import { rewriteNote, staleKeys } from '../../regen/rewrite-note.js';

interface RegenOptions {
  dryRun?: boolean;
  check?: boolean;
  addMissing?: boolean;
}

interface RegenSummary {
  stale: string[];
  written: string[];
  unchanged: number;
  errors: { path: string; line: number; rule: string; message: string }[];
}

export async function runRegen(ctx: CommandContext, paths: string[], opts: RegenOptions): Promise<number> {
  if (opts.dryRun && opts.check) throw usageError('--dry-run and --check cannot be combined');
  const { store } = await openVault(ctx, { quiet: true });
  const targets =
    paths.length > 0
      ? paths.map((p) => resolveNotePath(p, ctx.vault, ctx.cwd))
      : store.listNotes().map((n) => n.path);
  store.close();
  const summary: RegenSummary = { stale: [], written: [], unchanged: 0, errors: [] };
  for (const rel of targets) await regenOne(ctx, rel, opts, summary);
  report(ctx, summary, opts);
  if (summary.errors.length > 0) return ExitCode.findings;
  return opts.check && summary.stale.length > 0 ? ExitCode.findings : ExitCode.ok;
}

async function regenOne(
  ctx: CommandContext,
  rel: string,
  opts: RegenOptions,
  summary: RegenSummary,
): Promise<void> {
  const abs = path.join(ctx.vault, rel);
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
    const check = staleKeys(rel, file.text, ctx.clock, opts);
    if (!check.ok) summary.errors.push(...errorsOf(rel, check.diagnostics));
    else if (check.keys.length > 0) summary.stale.push(rel);
    else summary.unchanged++;
    return;
  }
  const first = rewriteNote(rel, file.text, ctx.clock, undefined, opts);
  if (!first.ok) {
    summary.errors.push(...errorsOf(rel, first.diagnostics));
    return;
  }
  if (first.text === file.text) {
    summary.unchanged++;
    return;
  }
  summary.stale.push(rel);
  if (opts.dryRun) ctx.io.stdout(unifiedDiff(file.text, first.text, `a/${rel}`, `b/${rel}`));
  if (opts.dryRun) return;
  const result = await writeNoteAtomic(abs, file.bytes, (current) => {
    const again = rewriteNote(rel, current, ctx.clock, undefined, opts);
    return again.ok ? again.text : null;
  });
  if (result.written) summary.written.push(rel);
}

function errorsOf(path: string, diagnostics: readonly Diagnostic[]): RegenSummary['errors'] {
  return diagnostics.map((d) => ({ path, line: d.line, rule: d.rule, message: d.message }));
}

function report(ctx: CommandContext, summary: RegenSummary, opts: RegenOptions): void {
  for (const e of summary.errors) {
    ctx.io.stderr(
      `${formatDiagnostic({ file: e.path, line: e.line, rule: e.rule, message: e.message, fatal: true })} — not written\n`,
    );
  }
  if (ctx.json) {
    printJson(ctx.io, summary);
    return;
  }
  if (opts.check) {
    for (const p of summary.stale) ctx.io.stdout(`stale: ${p}\n`);
    ctx.io.stdout(`${summary.stale.length} stale, ${summary.unchanged} up to date\n`);
  } else if (!opts.dryRun) {
    ctx.io.stdout(`${summary.written.length} notes regenerated, ${summary.unchanged} already up to date\n`);
  }
}
