/**
 * The template's learning rate, kept in integer tenths so `0.2 + 0.2 + 0.2` is exactly `0.6`.
 * Weights (DESIGN §1): day 1, day 4 and day 7 reviews count 2 tenths each, long-term memory 4;
 * the day-14 review has weight 0 (the seed has it done and still says 0.6).
 */
import type { NoteFields } from '../note/types.js';

const WEIGHTS = { d1: 2, d4: 2, d7: 2, longTerm: 4 } as const;

/** Learning rate of a note in tenths, 0–10. */
export function learningRateTenths(fields: NoteFields): number {
  const { done, longTerm } = fields;
  return (
    (done.d1 ? WEIGHTS.d1 : 0) +
    (done.d4 ? WEIGHTS.d4 : 0) +
    (done.d7 ? WEIGHTS.d7 : 0) +
    (longTerm ? WEIGHTS.longTerm : 0)
  );
}

/**
 * How a learning rate is written: `shortest` as the template's formula prints numbers (`0`, `0.2`
 * … `0.8`, `1`), `one-decimal` always with a decimal (`0.0` … `1.0`).
 */
export type RateStyle = 'shortest' | 'one-decimal';

/**
 * A rate in tenths as text: 6 → `"0.6"`; 0 → `"0"` and 10 → `"1"` (`"0.0"`, `"1.0"` in the
 * `one-decimal` style). Throws on a value that is not a whole number of tenths between 0 and 10.
 */
export function formatRate(tenths: number, style: RateStyle = 'shortest'): string {
  assertTenths(tenths);
  const whole = Math.floor(tenths / 10);
  const tenth = tenths % 10;
  return tenth === 0 && style === 'shortest' ? String(whole) : `${whole}.${tenth}`;
}

/** Throws a RangeError unless `tenths` is an integer in 0..10. */
export function assertTenths(tenths: number): void {
  if (!Number.isInteger(tenths) || tenths < 0 || tenths > 10) {
    throw new RangeError(`learning rate must be an integer number of tenths in 0..10, got ${tenths}`);
  }
}
