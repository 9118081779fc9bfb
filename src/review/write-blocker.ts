/**
 * Why a note cannot be written at all, checked before a review of it is logged: `mark` does not
 * commit a review it then cannot write (issue 11). A busy note is not a blocker (its write is left
 * pending and done by the next run); a read-only note or folder, or a link out of the vault, is.
 */
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { WritePolicy } from '../regen/write-rewritten.js';

/** One line saying why `abs` cannot be written, or null. */
export function writeBlocker(abs: string, policy: WritePolicy): string | null {
  try {
    const real = realpathSync(abs);
    if (policy.vault !== undefined && policy.followLinks !== true) {
      const rel = path.relative(realpathSync(policy.vault), real);
      if (rel.startsWith('..') || path.isAbsolute(rel))
        return `it is a link to ${real}, outside the vault (use --follow-links to write through it)`;
    }
    if ((statSync(real).mode & 0o200) === 0) return 'the note is read-only (no write permission)';
    accessSync(path.dirname(real), constants.W_OK);
    return null;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return `its folder cannot be written${typeof code === 'string' ? ` (${code})` : ''}`;
  }
}
