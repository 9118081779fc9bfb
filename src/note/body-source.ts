/**
 * A note body as the card extractors see it: raw lines, their classification, and where they sit
 * in the file.
 */
import type { BodyLine } from './body-lines.js';

/** The body's raw lines (no terminators), their scan, and the 1-based file line of `raw[0]`. */
export interface BodySource {
  /** The note's path, for diagnostics. */
  file: string;
  raw: readonly string[];
  lines: readonly BodyLine[];
  firstLine: number;
}
