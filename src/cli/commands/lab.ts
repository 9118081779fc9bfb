/**
 * `bokseup lab list | try | demo | check`: the hands-on lab (DESIGN §7). The sandbox and the
 * verdicts live in src/lab; this file finds the note, reads the answers and maps errors to exit codes.
 */
import type { ParsedNote } from '../../note/types.js';
import type { Store } from '../../store/store.js';
import type { CommandContext } from '../context.js';
import { CliError, ExitCode } from '../exit-codes.js';
import { resolveNotePath } from '../note-path.js';
import { openVault } from '../../ingest/open-vault.js';
import { printJson } from '../output.js';
import { readAnswers } from '../read-answers.js';
import type * as LabModuleType from '../../lab/index.js';

type LabModule = typeof LabModuleType;

async function loadLab(): Promise<LabModule> {
  return import('../../lab/index.js');
}

/** The parsed note NOTE names, with its lab; exit 2 when it has none. */
function labNote(ctx: CommandContext, store: Store, arg: string): { id: string; note: ParsedNote } {
  const rel = resolveNotePath(arg, ctx.vault, ctx.cwd);
  const row = store.noteByPath(rel);
  const note = row ? store.parsedNote(row.id) : null;
  if (!row || !note)
    throw new CliError(`${rel} has errors and cannot be used (see \`bokseup doctor\`)`, ExitCode.findings);
  if (note.labSteps.length === 0)
    throw new CliError(`${rel} has no lab (no \`## N.\` sections with $ commands)`, ExitCode.usage);
  return { id: row.id, note };
}

function labOptions(lab: LabModule, ctx: CommandContext): { cacheDir: string } {
  return { cacheDir: lab.labCacheDir(ctx.db) };
}

/** Run `fn`, turning the lab's LabError into the CLI's exit codes. */
async function guarded<T>(lab: LabModule, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof lab.LabError) throw new CliError(error.message, error.exitCode);
    throw error;
  }
}

export async function runLabList(ctx: CommandContext): Promise<number> {
  const { store } = await openVault(ctx);
  const notes = store
    .listNotes()
    .map((row) => ({ path: row.path, note: store.parsedNote(row.id) }))
    .filter((n): n is { path: string; note: ParsedNote } => n.note !== null && n.note.labSteps.length > 0);
  store.close();
  const { labList } = await loadLab();
  const listing = labList(notes);
  if (ctx.json) printJson(ctx.io, listing.json);
  else ctx.io.stdout(listing.text.endsWith('\n') ? listing.text : `${listing.text}\n`);
  return ExitCode.ok;
}

export async function runLabTry(
  ctx: CommandContext,
  arg: string,
  opts: { step: number; answer?: string[] },
): Promise<number> {
  // The sandbox's processes start now and come up while the vault is opened and the answers read.
  const lab = await loadLab();
  const early = lab.startSandboxEarly();
  early.catch(() => undefined); // a preflight failure surfaces in labTry
  // One turn of the event loop: the preflight runs and the sandbox's processes are spawned before
  // the vault work below holds the thread.
  await new Promise((resolve) => setImmediate(resolve));
  let store: Store | undefined;
  try {
    store = (await openVault(ctx)).store;
    const { id, note } = labNote(ctx, store, arg);
    const answers = opts.answer ?? (await readAnswers(ctx.io));
    const clock = { now: () => ctx.clock.now, elapsedMs: ctx.io.elapsedMs };
    const verdict = await lab.checkAndRecordAttempt(
      store,
      clock,
      { noteId: id, step: opts.step, answers },
      () => guarded(lab, () => lab.labTry(note, opts.step, answers, { ...labOptions(lab, ctx), early })),
    );
    if (ctx.json) printJson(ctx.io, verdict);
    else ctx.io.stdout(`${lab.formatVerdict(verdict)}\n`);
    return lab.verdictExitCode(verdict);
  } finally {
    store?.close();
    // labTry closes the sandbox it takes over; this closes it on the paths that stop before.
    await lab.closeEarlySandbox(early);
  }
}

/** Find NOTE's lab, run `report` on it, print its JSON or text; exit 0 when it is ok, else 1. */
async function reportOnLab(
  ctx: CommandContext,
  arg: string,
  report: (lab: LabModule, note: ParsedNote) => Promise<{ value: unknown; text: string; ok: boolean }>,
): Promise<number> {
  const { store } = await openVault(ctx);
  let note: ParsedNote;
  try {
    note = labNote(ctx, store, arg).note;
  } finally {
    store.close();
  }
  const lab = await loadLab();
  const result = await guarded(lab, () => report(lab, note));
  if (ctx.json) printJson(ctx.io, result.value);
  else ctx.io.stdout(`${result.text}\n`);
  return result.ok ? ExitCode.ok : ExitCode.findings;
}

export async function runLabDemo(ctx: CommandContext, arg: string): Promise<number> {
  return reportOnLab(ctx, arg, async (lab, note) => {
    const demo = await lab.labDemo(note, labOptions(lab, ctx));
    return { value: demo, text: lab.formatDemo(demo), ok: demo.consistent };
  });
}

export async function runLabCheck(ctx: CommandContext, arg: string): Promise<number> {
  return reportOnLab(ctx, arg, async (lab, note) => {
    const verdict = await lab.labCheck(note, labOptions(lab, ctx));
    return { value: verdict, text: lab.formatVerdict(verdict), ok: verdict.passed };
  });
}
