/**
 * The review list of an encoding repair: every guessed character, grouped by line, so the learner
 * can check them all in the note (nothing is left out). Doubtful guesses (below the floor) show
 * their confidence and the other readings: `seed.md:39: 영 58% [의 잘] · 을 · 끼`.
 */
import type { EncodingGuess } from './repair-double-encoding.js';

/** How many other readings a doubtful guess shows. */
const SHOWN = 3;

function describe(g: EncodingGuess, floor: number): string {
  if (g.confidence >= floor) return g.chosen;
  const others = g.alternatives.slice(0, SHOWN).join(' ');
  return `${g.chosen} ${Math.floor(g.confidence * 100)}%${others === '' ? '' : ` [${others}]`}`;
}

/** One `path:line: …` row per line that has guesses, in line order; guesses in column order. */
export function formatGuesses(path: string, guesses: readonly EncodingGuess[], floor: number): string[] {
  const byLine = new Map<number, EncodingGuess[]>();
  for (const g of guesses) byLine.set(g.line, [...(byLine.get(g.line) ?? []), g]);
  return [...byLine.entries()]
    .sort(([a], [b]) => a - b)
    .map(([line, gs]) => {
      const row = [...gs].sort((a, b) => a.column - b.column).map((g) => describe(g, floor));
      return `${path}:${line}: ${row.join(' · ')}`;
    });
}

/** The doubtful guesses, least certain first. */
export function doubtfulGuesses(guesses: readonly EncodingGuess[], floor: number): EncodingGuess[] {
  return guesses
    .filter((g) => g.confidence < floor)
    .sort((a, b) => a.confidence - b.confidence || a.line - b.line || a.column - b.column);
}
