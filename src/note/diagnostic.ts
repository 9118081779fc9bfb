/**
 * A problem found in a user's file. Collected, not thrown one at a time (vfile-message style):
 * every command reports them with the file and line, and the other notes go on.
 */
export interface Diagnostic {
  /** Path of the file, relative to the vault where it is inside it. */
  file: string;
  /** 1-based line, 0 when the problem concerns the whole file. */
  line: number;
  column?: number;
  /** Stable rule id, e.g. `yaml-syntax`, `first-study-missing`, `not-utf8`, `double-encoded`. */
  rule: string;
  message: string;
  /** A fatal diagnostic means the note was not understood: it is never written. */
  fatal: boolean;
}

export function diagnostic(
  file: string,
  line: number,
  rule: string,
  message: string,
  fatal = true,
): Diagnostic {
  return { file, line, rule, message, fatal };
}

/** `file:line: message [rule]`, the one-line form every command prints. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  return `${where}: ${d.fatal ? 'error' : 'warning'}: ${d.message} [${d.rule}]`;
}
