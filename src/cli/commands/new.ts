/** `bokseup new TITLE [--subject S]`: create a note from the profile's template, first study = today. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newNoteText } from '../../note/note-template.js';
import { profileById, PROFILES } from '../../note/profile.js';
import type { NoteFields } from '../../note/types.js';
import { deriveFields } from '../../schedule/derived-fields.js';
import { addDays, today } from '../../time/clock.js';
import { openVault } from '../../ingest/open-vault.js';
import type { CommandContext } from '../context.js';
import { ExitCode, usageError } from '../exit-codes.js';

// eslint-disable-next-line no-control-regex -- control characters cannot be in a file name
const BAD_NAME = /[/\\:*?"<>|\u0000-\u001f]/;

export async function runNew(
  ctx: CommandContext,
  title: string,
  opts: { subject?: string; profile: string },
): Promise<number> {
  const name = title.trim();
  if (name === '' || BAD_NAME.test(name))
    throw usageError(`"${title}" cannot be a file name (no / \\ : * ? " < > |)`);
  if (!PROFILES.some((p) => p.id === opts.profile)) {
    throw usageError(
      `--profile: unknown profile "${opts.profile}" (${PROFILES.map((p) => p.id).join(', ')})`,
    );
  }
  const profile = profileById(opts.profile);
  const file = path.join(ctx.vault, `${name}.md`);
  if (existsSync(file)) throw usageError(`${file} already exists`);
  const first = today(ctx.clock);
  const fields: NoteFields = {
    firstStudy: first,
    subject: opts.subject ?? null,
    done: { d1: false, d4: false, d7: false, d14: false },
    longTerm: false,
    status: null,
  };
  const text = newNoteText(profile, {
    firstStudy: first,
    subject: fields.subject,
    derived: deriveFields(profile, fields, ctx.clock),
  });
  mkdirSync(ctx.vault, { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  ctx.io.stdout(`created ${file} (first study ${first}; first review ${addDays(first, 1)})\n`);
  (await openVault(ctx, { quiet: true })).store.close();
  return ExitCode.ok;
}
