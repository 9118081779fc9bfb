/**
 * Thrown by the frontmatter patcher when a note's frontmatter cannot be understood (no frontmatter,
 * malformed YAML, not a map). Nothing may be written to such a file; the diagnostics say why.
 */
import type { Diagnostic } from './diagnostic.js';

/** The note could not be patched safely; `diagnostics` name the file and line. */
export class FrontmatterPatchError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(message: string, diagnostics: Diagnostic[]) {
    super(message);
    this.name = 'FrontmatterPatchError';
    this.diagnostics = diagnostics;
  }
}
