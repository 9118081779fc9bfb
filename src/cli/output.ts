/** Small output helpers shared by the commands. */
import type { Diagnostic } from '../note/diagnostic.js';
import { formatDiagnostic } from '../note/diagnostic.js';
import type { Io } from './context.js';

export function printJson(io: Io, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Print diagnostics to stderr, one line each (`file:line: error: message [rule]`). */
export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
}

/** ANSI helpers that vanish when colour is off. */
export function paint(color: boolean) {
  const wrap = (code: string) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return {
    bold: wrap('1'),
    dim: wrap('2'),
    red: wrap('31'),
    green: wrap('32'),
    yellow: wrap('33'),
    cyan: wrap('36'),
  };
}
