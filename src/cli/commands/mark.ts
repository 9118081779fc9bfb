/** `bokseup mark PATH --stage S`: record a milestone review done outside the TUI. */
import path from 'node:path';
import type { Milestone, NoteFields, Stage } from '../../note/types.js';
import { readNoteFile } from '../../vault/read-file.js';
import { writeNoteAtomic } from '../../vault/atomic-write.js';
import type { CommandContext } from '../context.js';
import { CliError, ExitCode } from '../exit-codes.js';
import { resolveNotePath } from '../note-path.js';
import { openVault } from '../../ingest/open-vault.js';
import { rewriteNote, type FieldUpdate } from '../../regen/rewrite-note.js';
import { formatDiagnostic } from '../../note/diagnostic.js';

function markUpdate(stage: Stage): FieldUpdate {
  return (fields: NoteFields) =>
    stage === 'long-term'
      ? { ...fields, longTerm: true }
      : { ...fields, done: { ...fields.done, [stage]: true } };
}

function alreadyDone(fields: NoteFields, stage: Stage): boolean {
  return stage === 'long-term' ? fields.longTerm : fields.done[stage as Milestone];
}

export async function runMark(
  ctx: CommandContext,
  notePath: string,
  opts: { stage: Stage },
): Promise<number> {
  const { store } = await openVault(ctx, { quiet: true });
  try {
    const rel = resolveNotePath(notePath, ctx.vault, ctx.cwd);
    const row = store.noteByPath(rel);
    const abs = path.join(ctx.vault, rel);
    const file = readNoteFile(abs);
    const update = markUpdate(opts.stage);
    const plan = file.text === null ? null : rewriteNote(rel, file.text, ctx.clock, update);
    if (row === null || file.text === null || plan === null || !plan.ok) {
      const why =
        plan && !plan.ok
          ? plan.diagnostics.map(formatDiagnostic).join('\n')
          : `${rel}: the note cannot be read`;
      throw new CliError(`${why}\nnothing was marked`, ExitCode.findings);
    }
    if (row.fields && alreadyDone(row.fields, opts.stage)) {
      ctx.io.stdout(`${rel}: ${opts.stage} was already done; nothing to record\n`);
      return ExitCode.ok;
    }
    const milestones = opts.stage === 'long-term' ? [] : [opts.stage as Milestone];
    const at = ctx.clock.now;
    store.commitSession(
      { startedAt: at, endedAt: at, quitEarly: false },
      [{ cardId: null, noteId: row.id, at, grade: 3, durationMs: null, stage: opts.stage, milestones }],
      [],
    );
    const result = await writeNoteAtomic(abs, file.bytes, (current) => {
      const again = rewriteNote(rel, current, ctx.clock, update);
      return again.ok ? again.text : null;
    });
    ctx.io.stdout(`${rel}: ${opts.stage} marked done${result.written ? '' : ' (note already up to date)'}\n`);
    return ExitCode.ok;
  } finally {
    store.close();
  }
}
