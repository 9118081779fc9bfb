/**
 * `bokseup doctor [--fix-encoding [--dry-run] [--yes] [--mark]] [PATH…]`: diagnose notes (bad YAML,
 * missing or wrong fields, not UTF-8, double-encoding, unconfirmed repair guesses). With
 * --fix-encoding each damaged note's repair is shown (diff and every guess) and written only with
 * --yes or a yes on the terminal; the original bytes are kept as `<name>.bak-<time>`.
 */
import { constants, copyFileSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { yesNoReader } from '../../doctor/ask-yes-no.js';
import { detectDoubleEncoding } from '../../text/encoding/detect-double-encoding.js';
import { fixOutcomeLine, fixPreview, type FixOutcome } from '../../doctor/fix-report.js';
import { profileAnchors } from '../../doctor/profile-anchors.js';
import {
  DOUBTFUL,
  runDoctor as diagnose,
  type DoctorFile,
  type EncodingFix,
} from '../../doctor/run-doctor.js';
import { diagnostic, formatDiagnostic, type Diagnostic } from '../../note/diagnostic.js';
import { vaultScope } from '../../ingest/vault-scope.js';
import { parseNote } from '../../note/parse-note.js';
import { PROFILES } from '../../note/profile.js';
import { renderYamlKey } from '../../note/yaml-scalar-render.js';
import { walkVault, type SkippedFile } from '../../vault/walk.js';
import { writeNoteAtomic } from '../../vault/atomic-write.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { resolveNotePath } from '../note-path.js';
import { printJson } from '../output.js';

export interface DoctorFlags {
  fixEncoding?: boolean;
  dryRun?: boolean;
  yes?: boolean;
  mark?: boolean;
}

/** The files to check, and as findings each file the walk skipped (a warning) or cannot read (an error). */
async function readFiles(ctx: CommandContext, paths: string[]): Promise<[DoctorFile[], Diagnostic[]]> {
  const filter = (await vaultScope(ctx.vault, ctx.settings)).walk;
  const skipped: SkippedFile[] = [];
  const walk = () => walkVault(ctx.vault, filter, skipped);
  const rels =
    paths.length > 0
      ? paths.map((p) => resolveNotePath(p, ctx.vault, ctx.cwd, { list: walk }))
      : walk().map((e) => e.path);
  const problems = skipped.map((f) => diagnostic(f.path, 0, f.rule, `skipped: ${f.message}`, false));
  const files = rels.flatMap((rel) => {
    try {
      return [{ path: rel, bytes: readFileSync(path.join(ctx.vault, rel)) }];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      problems.push(diagnostic(rel, 0, 'unreadable', `cannot read the file (${code})`));
      return [];
    }
  });
  return [files, problems];
}

/** Copies `abs` to the backup name, or to `name-2`, `name-3` … when taken: a backup is never overwritten. */
function keepBackup(abs: string, vault: string, name: string): string {
  for (let n = 1; ; n++) {
    const chosen = n === 1 ? name : `${name}-${n}`;
    try {
      copyFileSync(abs, path.join(vault, chosen), constants.COPYFILE_EXCL);
      return chosen;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/**
 * Writes a repair after copying the original bytes to the backup, if the file still holds them.
 * A UTF-8 note goes through the compare-and-swap writer; a UTF-16/CP949 one (which that writer
 * rightly refuses to read) is replaced the same way by hand: checked, written beside, renamed.
 */
async function applyFix(ctx: CommandContext, fix: EncodingFix, original: Uint8Array): Promise<boolean> {
  const abs = path.join(ctx.vault, fix.path);
  const same = (bytes: Uint8Array): boolean => Buffer.from(bytes).equals(Buffer.from(original));
  if (!same(readFileSync(abs))) return false;
  fix.backupName = keepBackup(abs, ctx.vault, fix.backupName);
  if (fix.codePage !== null) {
    const before = Buffer.from(original).toString('utf8');
    // An edit made meanwhile (the text is not what was repaired) is never overwritten.
    const result = await writeNoteAtomic(abs, Buffer.from(original), (now) =>
      now === before ? fix.newText : null,
    );
    return result.written;
  }
  const temp = `${abs}.bokseup-convert.tmp`;
  writeFileSync(temp, fix.newText, { mode: statSync(abs).mode });
  if (!same(readFileSync(abs))) return (rmSync(temp), false);
  renameSync(temp, abs);
  return true;
}

async function outcomeOf(
  ctx: CommandContext,
  fix: EncodingFix,
  flags: DoctorFlags,
  ask: (q: string) => Promise<boolean>,
  original: Uint8Array,
): Promise<FixOutcome> {
  if (flags.dryRun === true) return 'dry-run';
  if (flags.yes !== true && !ctx.io.isTTY) return 'not-confirmed';
  if (flags.yes !== true && !(await ask(`Write the repair of ${fix.path}? [y/N] `))) return 'declined';
  return (await applyFix(ctx, fix, original)) ? 'written' : 'changed';
}

/** Shows each repair, then writes it or not; returns each repair's outcome. */
async function handleFixes(
  ctx: CommandContext,
  fixes: readonly EncodingFix[],
  files: readonly DoctorFile[],
  flags: DoctorFlags,
): Promise<Map<EncodingFix, FixOutcome>> {
  const outcomes = new Map<EncodingFix, FixOutcome>();
  const reader = ctx.io.isTTY && flags.yes !== true ? yesNoReader(ctx.io.stdin, ctx.io.stdout) : null;
  try {
    for (const fix of fixes) {
      if (!ctx.json) ctx.io.stdout(fixPreview(fix, DOUBTFUL));
      const original = files.find((f) => f.path === fix.path)?.bytes ?? new Uint8Array();
      const ask = (q: string): Promise<boolean> => reader?.ask(q) ?? Promise.resolve(false);
      const outcome = fix.refusal !== null ? 'refused' : await outcomeOf(ctx, fix, flags, ask, original);
      outcomes.set(fix, outcome);
      if (!ctx.json) ctx.io.stdout(`${fixOutcomeLine(fix, outcome)}\n`);
    }
  } finally {
    reader?.close();
  }
  return outcomes;
}

/** Clean, decodable notes: the vault's own Korean for the repair (damaged notes are left out). */
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

function fixJson(fix: EncodingFix, outcome: FixOutcome | undefined) {
  const written = outcome === 'written';
  return {
    path: fix.path,
    from: fix.from,
    outcome,
    written,
    backup: written ? fix.backupName : null,
    refusal: fix.refusal,
    guesses: fix.guesses,
  };
}

export async function runDoctor(ctx: CommandContext, paths: string[], flags: DoctorFlags): Promise<number> {
  const [files, problems] = await readFiles(ctx, paths);
  const fixEncoding = flags.fixEncoding === true;
  // The corpus (only for --fix-encoding): every clean note of the vault, not only those checked.
  const corpus = fixEncoding && paths.length > 0 ? corpusTexts((await readFiles(ctx, []))[0]) : [];
  const check = (p: string, text: string) => parseNote(p, text).diagnostics;
  const report = diagnose(files, check, {
    fixEncoding,
    corpus,
    clock: ctx.clock,
    anchors: PROFILES.flatMap((p) => profileAnchors(p, renderYamlKey)),
    mark: flags.mark === true,
  });
  const all = [...report.fixes, ...report.refused];
  const outcomes = await handleFixes(ctx, all, files, flags);
  const fixed = all.filter((f) => outcomes.get(f) === 'written').map((f) => f.path);
  const repaired = (d: { rule: string; file: string }) =>
    (d.rule === 'double-encoded' || d.rule === 'not-utf8') && fixed.includes(d.file);
  const remaining = [...problems, ...report.findings.filter((d) => !repaired(d))];
  if (ctx.json) {
    const fixes = all.map((f) => fixJson(f, outcomes.get(f)));
    printJson(ctx.io, {
      findings: remaining,
      fixed,
      fixes,
      guesses: all.map((f) => ({ path: f.path, guesses: f.guesses })),
    });
  } else printReport(ctx, files.length, remaining);
  return remaining.some((d) => d.fatal) ? ExitCode.findings : ExitCode.ok;
}

function printReport(ctx: CommandContext, checked: number, findings: readonly Diagnostic[]): void {
  for (const d of findings) ctx.io.stdout(`${formatDiagnostic(d)}\n`);
  const errors = findings.filter((d) => d.fatal).length;
  ctx.io.stdout(`${checked} notes checked: ${errors} errors, ${findings.length - errors} warnings\n`);
}
