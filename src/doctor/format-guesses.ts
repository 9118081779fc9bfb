/**
 * The review list of an encoding repair: one line per guessed character, least certain first, so
 * the user checks the doubtful ones in the note before anything else.
 */
import type { EncodingGuess } from './repair-double-encoding.js';

/** How many guesses and alternatives to show, and which guesses count as sure enough to leave out. */
export interface GuessListOptions {
  /** At most this many lines (default 20); a last line says how many were left out. */
  limit?: number;
  /** Guesses at or above this confidence are left out (default 1: show all). */
  below?: number;
  /** Alternatives shown per guess (default 3). */
  alternatives?: number;
}

/** `path:line:col: guessed '일' (94%), could be '쁼', '켁'` lines, least certain first. */
export function formatGuesses(
  path: string,
  guesses: readonly EncodingGuess[],
  opts: GuessListOptions = {},
): string[] {
  const limit = opts.limit ?? 20;
  const below = opts.below ?? 1;
  const shown = opts.alternatives ?? 3;
  const doubtful = guesses
    .filter((g) => g.confidence < below || below >= 1)
    .sort((a, b) => a.confidence - b.confidence || a.line - b.line || a.column - b.column);
  const lines = doubtful.slice(0, limit).map((g) => {
    const pct = Math.floor(g.confidence * 100);
    const others = g.alternatives.slice(0, shown).map((a) => `'${a}'`);
    const tail = others.length > 0 ? `, could be ${others.join(', ')}` : '';
    return `${path}:${g.line}:${g.column}: guessed '${g.chosen}' (${pct}%)${tail}`;
  });
  const left = doubtful.length - lines.length;
  return left > 0 ? [...lines, `… and ${left} more guesses`] : lines;
}
