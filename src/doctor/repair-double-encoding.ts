/**
 * Reverses double encoding: every character goes back to its byte through the code page, the bytes
 * are read as UTF-8 again, and each character that lost a byte is guessed from the vault's own
 * Hangul usage (a bigram model over the whole text, see `char-model.ts`). Guesses are returned with
 * their place and the other readings, for the user to review.
 */
import { bestPath, rankSlot } from './best-path.js';
import { buildCharModel } from './char-model.js';
import type { CharModel } from './char-model.js';
import { droppedBytes } from '../text/encoding/code-page.js';
import type { CodePage } from '../text/encoding/code-page.js';
import { detectDoubleEncoding } from '../text/encoding/detect-double-encoding.js';
import { segmentMojibake } from '../text/encoding/segment-mojibake.js';
import { completeSequence } from '../text/encoding/utf8-sequence.js';

/** One character chosen for a lost byte. */
export interface EncodingGuess {
  /** 1-based line in the repaired text. */
  line: number;
  /** 1-based column in the repaired line, in code points. */
  column: number;
  chosen: string;
  /** Every other valid reading, most likely first (a display may show the first few). */
  alternatives: string[];
  /** The chosen character's share of the probability among the readings, 0–1. */
  confidence: number;
}

/** The repaired text; `codePage` null (and the text unchanged) when the text is not double-encoded. */
export interface EncodingRepair {
  text: string;
  guesses: EncodingGuess[];
  codePage: CodePage | null;
}

/** Unassigned, control, private-use and surrogate code points are never a note's character. */
const IMPOSSIBLE = /[\p{Cn}\p{Cc}\p{Co}\p{Cs}]/u;

/** A lattice slot: one character, or the candidates for a damaged one. */
interface Slot {
  cands: string[];
  guess: boolean;
}

/** Bytes that may have been lost. 1252 keeps 0x8E/0x9E (Ž, ž); only their presence proves 1252 over 1254. */
function fillBytes(page: CodePage, text: string): number[] {
  return page === '1252' && /[Žž]/.test(text) ? droppedBytes('1252') : droppedBytes('1254');
}

function toSlots(text: string, page: CodePage): Slot[] {
  const fill = fillBytes(page, text);
  const slots: Slot[] = [];
  const fixed = (s: string): void => {
    for (const ch of s) slots.push({ cands: [ch], guess: false });
  };
  for (const p of segmentMojibake(text, page)) {
    if (p.kind !== 'damaged') {
      fixed(p.text);
      continue;
    }
    const cands = completeSequence(p.bytes, p.missing, fill).filter((ch) => !IMPOSSIBLE.test(ch));
    if (cands.length === 0) fixed(p.source);
    else slots.push({ cands, guess: cands.length > 1 });
  }
  return slots;
}

function describe(slots: readonly Slot[], chars: readonly string[], model: CharModel): EncodingGuess[] {
  const guesses: EncodingGuess[] = [];
  let [line, column] = [1, 1];
  slots.forEach((slot, i) => {
    const ch = chars[i] ?? '';
    if (slot.guess) {
      const ranked = rankSlot(slot.cands, chars[i - 1] ?? null, chars[i + 1] ?? null, model);
      const alternatives = ranked.filter((r) => r.ch !== ch).map((r) => r.ch);
      const confidence = ranked.find((r) => r.ch === ch)?.share ?? 0;
      guesses.push({
        line,
        column,
        chosen: ch,
        alternatives,
        confidence,
      });
    }
    [line, column] = ch === '\n' ? [line + 1, 1] : [line, column + 1];
  });
  return guesses;
}

/**
 * Repairs `text` if it is double-encoded (or through `opts.codePage` when given), guessing lost
 * bytes with a model of `corpus`, the vault's clean notes.
 */
export function repairDoubleEncoding(
  text: string,
  corpus: readonly string[],
  opts: { codePage?: CodePage; model?: CharModel } = {},
): EncodingRepair {
  const page = opts.codePage ?? detectDoubleEncoding(text).codePage;
  if (page === null) return { text, guesses: [], codePage: null };
  const model = opts.model ?? buildCharModel(corpus);
  const slots = toSlots(text, page);
  const path = bestPath(
    slots.map((s) => s.cands),
    model,
  );
  const chars = slots.map((s, i) => s.cands[path[i] ?? 0] ?? '');
  return { text: chars.join(''), guesses: describe(slots, chars, model), codePage: page };
}
