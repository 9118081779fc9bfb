/**
 * `bokseup doctor [--fix-encoding] [PATH…]`: diagnose notes (bad YAML, missing or wrong fields, not
 * UTF-8, double-encoding). With --fix-encoding, a double-encoded note is repaired: the diff and the
 * guessed bytes are shown, the original is kept as `<name>.bak-<time>`, then the note is replaced.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { detectDoubleEncoding } from '../../text/encoding/detect-double-encoding.js';
import { formatGuesses } from '../../doctor/format-guesses.js';
import { runDoctor as diagnose, type DoctorFile, type EncodingFix } from '../../doctor/run-doctor.js';
import { formatDiagnostic } from '../../note/diagnostic.js';
import { vaultScope } from '../../ingest/vault-scope.js';
import { parseNote } from '../../note/parse-note.js';
import { walkVault } from '../../vault/walk.js';
import { writeNoteAtomic } from '../../vault/atomic-write.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { resolveNotePath } from '../note-path.js';
import { printJson } from '../output.js';

async function readFiles(ctx: CommandContext, paths: string[]): Promise<DoctorFile[]> {
  const filter = (await vaultScope(ctx.vault, ctx.settings)).walk;
  const walk = () => walkVault(ctx.vault, filter);
  const rels =
    paths.length > 0
      ? paths.map((p) => resolveNotePath(p, ctx.vault, ctx.cwd, { list: walk }))
      : walk().map((e) => e.path);
  return rels.map((rel) => ({ path: rel, bytes: readFileSync(path.join(ctx.vault, rel)) }));
}

async function applyFix(ctx: CommandContext, fix: EncodingFix, original: Uint8Array): Promise<boolean> {
  const abs = path.join(ctx.vault, fix.path);
  copyFileSync(abs, path.join(ctx.vault, fix.backupName));
  const result = await writeNoteAtomic(abs, Buffer.from(original), (current) =>
    Buffer.from(current).equals(Buffer.from(original)) ? fix.newText : null,
  );
  return result.written;
}

export async function runDoctor(
  ctx: CommandContext,
  paths: string[],
  opts: { fixEncoding?: boolean },
): Promise<number> {
  const files = await readFiles(ctx, paths);
  // The corpus for guessing lost bytes (used only by --fix-encoding): every clean note of the
  // vault, not only the ones checked. Checking the whole vault, runDoctor takes its clean notes.
  const fixEncoding = opts.fixEncoding === true;
  const corpus = fixEncoding && paths.length > 0 ? corpusTexts(await readFiles(ctx, [])) : [];
  const report = diagnose(files, (p, text) => parseNote(p, text).diagnostics, {
    fixEncoding,
    corpus,
    clock: ctx.clock,
  });
  const fixed: string[] = [];
  for (const fix of report.fixes) {
    const original = files.find((f) => f.path === fix.path)?.bytes ?? new Uint8Array();
    if (!ctx.json) ctx.io.stdout(fix.diff);
    if (await applyFix(ctx, fix, original)) fixed.push(fix.path);
    if (!ctx.json) for (const line of formatGuesses(fix.path, fix.guesses)) ctx.io.stdout(`${line}\n`);
  }
  const remaining = report.findings.filter((d) => !(d.rule === 'double-encoded' && fixed.includes(d.file)));
  if (ctx.json)
    printJson(ctx.io, {
      findings: report.findings,
      fixed,
      guesses: report.fixes.map((f) => ({ path: f.path, guesses: f.guesses })),
    });
  else printReport(ctx, files.length, remaining, report.fixes, fixed);
  return remaining.some((d) => d.fatal) ? ExitCode.findings : ExitCode.ok;
}

/** Clean, decodable notes: the corpus of Hangul frequencies (damaged notes are left out). */
function corpusTexts(files: readonly DoctorFile[]): string[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out: string[] = [];
  for (const f of files) {
    try {
      const text = decoder.decode(f.bytes);
      if (!detectDoubleEncoding(text).suspected) out.push(text);
    } catch {
      // not UTF-8: not a corpus text
    }
  }
  return out;
}

function printReport(
  ctx: CommandContext,
  checked: number,
  findings: readonly { fatal: boolean }[],
  fixes: readonly EncodingFix[],
  fixed: readonly string[],
): void {
  for (const d of findings as Parameters<typeof formatDiagnostic>[0][])
    ctx.io.stdout(`${formatDiagnostic(d)}\n`);
  for (const f of fixes) {
    const ok = fixed.includes(f.path);
    ctx.io.stdout(
      ok
        ? `repaired ${f.path} (backup: ${f.backupName}; ${f.guesses.length} guessed characters listed above — check them)\n`
        : `${f.path}: changed while repairing; nothing written\n`,
    );
  }
  const errors = findings.filter((d) => d.fatal).length;
  ctx.io.stdout(`${checked} notes checked: ${errors} errors, ${findings.length - errors} warnings\n`);
}
