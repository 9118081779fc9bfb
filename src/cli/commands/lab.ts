/**
 * `bokseup lab list | try | demo | check`: the hands-on lab (DESIGN §7). The sandbox, the verdicts
 * and the lab's notes live in src/lab (loaded lazily); this file resolves the note, reads the
 * answers, prints, and turns a verdict into the exit code.
 */
import type { ParsedNote } from '../../note/types.js';
import type { Store } from '../../store/store.js';
import type { CommandContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { resolveNotePath } from '../note-path.js';
import { printJson } from '../output.js';
import { readAnswers } from '../read-answers.js';
import { syncVault } from '../sync-vault.js';
import type * as LabModuleType from '../../lab/index.js';

type LabModule = typeof LabModuleType;

async function loadLab(): Promise<LabModule> {
  return import('../../lab/index.js');
}

/** 0 passed, 1 differences, 2 refused input (nothing ran). */
function verdictExitCode(v: LabModuleType.LabVerdict): number {
  if (v.refused.length > 0) return ExitCode.usage;
  return v.passed ? ExitCode.ok : ExitCode.findings;
}

export async function runLabList(ctx: CommandContext): Promise<number> {
  const { store } = await syncVault(ctx);
  const lab = await loadLab();
  const notes = lab.labNotes(store.notes);
  store.close();
  const listing = lab.labList(notes);
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
    store = (await syncVault(ctx)).store;
    const { id, note } = lab.findLabNote(store.notes, resolveNotePath(arg, ctx.vault, ctx.cwd, store.notes));
    const answers = opts.answer ?? (await readAnswers(ctx.io));
    const clock = { now: () => ctx.clock.now, elapsedMs: ctx.io.elapsedMs };
    const cacheDir = lab.labCacheDir(ctx.db);
    const verdict = await lab.checkAndRecordAttempt(
      store.sessions,
      clock,
      { noteId: id, step: opts.step, answers },
      () => lab.labTry(note, opts.step, answers, { cacheDir, early }),
    );
    if (ctx.json) printJson(ctx.io, verdict);
    else ctx.io.stdout(`${lab.formatVerdict(verdict)}\n`);
    return verdictExitCode(verdict);
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
  const { store } = await syncVault(ctx);
  const lab = await loadLab();
  let note: ParsedNote;
  try {
    note = lab.findLabNote(store.notes, resolveNotePath(arg, ctx.vault, ctx.cwd, store.notes)).note;
  } finally {
    store.close();
  }
  const result = await report(lab, note);
  if (ctx.json) printJson(ctx.io, result.value);
  else ctx.io.stdout(`${result.text}\n`);
  return result.ok ? ExitCode.ok : ExitCode.findings;
}

export async function runLabDemo(ctx: CommandContext, arg: string): Promise<number> {
  return reportOnLab(ctx, arg, async (lab, note) => {
    const demo = await lab.labDemo(note, { cacheDir: lab.labCacheDir(ctx.db) });
    return { value: demo, text: lab.formatDemo(demo), ok: demo.consistent };
  });
}

/** `lab check NOTE [--step N]`: this machine against the reference after step N (default: the last). */
export async function runLabCheck(
  ctx: CommandContext,
  arg: string,
  opts: { step?: number } = {},
): Promise<number> {
  return reportOnLab(ctx, arg, async (lab, note) => {
    const step = opts.step === undefined ? {} : { step: opts.step };
    const verdict = await lab.checkMachine(note, { cacheDir: lab.labCacheDir(ctx.db), ...step });
    return { value: verdict, text: lab.formatVerdict(verdict), ok: verdict.passed };
  });
}
