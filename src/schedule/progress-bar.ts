/**
 * The template's progress bar: ten cells, one 🟩 per tenth of learning rate, the rest ⬜, then the
 * percentage (`🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%`).
 */
import { assertTenths } from './learning-rate.js';

const CELLS = 10;
const FULL = '🟩';
const EMPTY = '⬜';

/** Progress bar for a learning rate given in tenths (0–10). */
export function progressBar(tenths: number): string {
  assertTenths(tenths);
  return `${FULL.repeat(tenths)}${EMPTY.repeat(CELLS - tenths)} ${tenths * 10}%`;
}
