/**
 * The settle time (issue 11): a note modified a moment ago may be half-way through a save (an
 * editor that truncates, writes part, pauses, writes the rest), so it is neither written nor judged
 * by its bytes until it has been still for a while. `BOKSEUP_SETTLE_MS` sets it (tests use 0).
 */
import { statSync } from 'node:fs';

/** Default settle time: a note whose mtime is younger than this is not written. */
export const DEFAULT_SETTLE_MS = 2000;

/** The settle time from the environment, else the default. */
export function settleTime(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.BOKSEUP_SETTLE_MS;
  const ms = Number(text);
  return text !== undefined && text !== '' && Number.isFinite(ms) && ms >= 0 ? ms : DEFAULT_SETTLE_MS;
}

/**
 * How long ago (ms, rounded) a file modified at `mtimeMs` was modified, when that is within the
 * settle time; null when it has settled. A future mtime beyond a second (clock skew, a copied
 * file) is not an editor saving now.
 */
export function settlingAge(
  mtimeMs: number,
  settleMs: number = settleTime(),
  now: number = Date.now(),
): number | null {
  const age = now - mtimeMs;
  return settleMs > 0 && age > -1000 && age < settleMs ? Math.max(0, Math.round(age)) : null;
}

/**
 * Why the note at `abs` should not be judged yet (`modified 120 ms ago (settle time 2000 ms)`), or
 * null: regen and ingest call it before reporting a note's bytes as broken (a half-saved note is
 * not "not UTF-8", it is busy).
 */
export function noteSettling(abs: string, settleMs: number = settleTime()): string | null {
  try {
    const age = settlingAge(statSync(abs).mtimeMs, settleMs);
    return age === null ? null : `it was modified ${age} ms ago (settle time ${settleMs} ms)`;
  } catch {
    return null;
  }
}
