/** `bokseup regen [--dry-run|--check] [PATH…]`: recompute the derived frontmatter fields (DESIGN §5). */
import { formatDiagnostic } from '../../note/diagnostic.js';
import { regenNotes, type RegenOptions, type RegenSummary } from '../../regen/regen-notes.js';
import type { IngestError } from '../../ingest/ingest-report.js';
import { usageError } from '../../text/user-error.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { resolveNotePath } from '../note-path.js';
import { printJson } from '../output.js';
import { syncVault } from '../sync-vault.js';

export async function runRegen(ctx: CommandContext, paths: string[], opts: RegenOptions): Promise<number> {
  if (opts.dryRun && opts.check) throw usageError('--dry-run and --check cannot be combined');
  const { store, report: ingest } = await syncVault(ctx, { quiet: true });
  let summary: RegenSummary;
  try {
    const targets =
      paths.length > 0 ? paths.map((p) => resolveNotePath(p, ctx.vault, ctx.cwd, store.notes)) : null;
    const onDiff = (diff: string) => ctx.io.stdout(diff);
    const write = ctx.followLinks === true ? { followLinks: true } : {};
    summary = await regenNotes(store, ctx.vault, targets, ctx.clock, { ...opts, onDiff, write });
    addUnreadable(summary, ingest.errors, targets);
  } finally {
    store.close();
  }
  report(ctx, summary, opts);
  if (summary.errors.length + summary.skipped.length + summary.unwritten.length > 0) return ExitCode.findings;
  return opts.check && summary.stale.length > 0 ? ExitCode.findings : ExitCode.ok;
}

/**
 * The files ingest could not read have no row for regen to find: they are regen's errors too (so
 * its exit code counts them), unless regen already reported them or other notes were named.
 */
function addUnreadable(
  summary: RegenSummary,
  errors: readonly IngestError[],
  targets: string[] | null,
): void {
  const known = new Set(summary.errors.map((e) => e.path));
  for (const e of errors) {
    if (e.rule !== 'unreadable' || known.has(e.path)) continue;
    if (targets === null || targets.includes(e.path)) summary.errors.push(e);
  }
  summary.errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
}

function report(ctx: CommandContext, summary: RegenSummary, opts: RegenOptions): void {
  for (const e of summary.errors) {
    ctx.io.stderr(
      `${formatDiagnostic({ file: e.path, line: e.line, rule: e.rule, message: e.message, fatal: true })} — not written\n`,
    );
  }
  for (const s of summary.skipped) {
    ctx.io.stderr(
      `${formatDiagnostic({ file: s.path, line: s.line, rule: s.rule, message: s.message, fatal: false })}\n`,
    );
  }
  for (const u of summary.unwritten) ctx.io.stderr(`${u.path}: ${u.message}\n`);
  if (ctx.json) {
    printJson(ctx.io, summary);
    return;
  }
  if (opts.check) {
    for (const p of summary.stale) ctx.io.stdout(`stale: ${p}\n`);
    ctx.io.stdout(`${summary.stale.length} stale, ${summary.unchanged} up to date\n`);
  } else if (!opts.dryRun) {
    const unwritten = summary.unwritten.length > 0 ? `, ${summary.unwritten.length} not written` : '';
    ctx.io.stdout(
      `${summary.written.length} notes regenerated, ${summary.unchanged} already up to date${unwritten}\n`,
    );
  }
}
