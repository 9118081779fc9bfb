/**
 * Reverses double encoding: every character goes back to its byte through the code page, the bytes
 * are read as UTF-8 again, and each character that lost a byte is guessed with a Korean syllable
 * trigram model (the shipped counts, the vault's clean notes, the profile's template; see
 * `syllable-model.ts`), as the best path over the whole text, then word by word with the word
 * lexicon too (`word-rescore.ts`). Guesses are returned with their place, their confidence and the
 * other readings, for the user to review.
 */
import { bestPath, rankSlot } from './best-path.js';
import { droppedBytes } from '../text/encoding/code-page.js';
import type { CodePage } from '../text/encoding/code-page.js';
import { detectDoubleEncoding } from '../text/encoding/detect-double-encoding.js';
import { segmentMojibake } from '../text/encoding/segment-mojibake.js';
import { loadShippedCounts } from './syllable-model-file.js';
import { buildLanguageModel } from './syllable-model.js';
import type { LanguageModel } from './syllable-model.js';
import { anchorTemplate, type Slot } from './template-anchors.js';
import { completeSequence } from '../text/encoding/utf8-sequence.js';
import { rescoreWords, type Ranked } from './word-rescore.js';

/** One character chosen for a lost byte. */
export interface EncodingGuess {
  /** 1-based line in the repaired text. */
  line: number;
  /** 1-based column in the repaired line, in code points. */
  column: number;
  chosen: string;
  /** Every other valid reading, most likely first (a display may show the first few). */
  alternatives: string[];
  /** The chosen character's share of the probability among the readings, 0–1 (1: fixed by the template). */
  confidence: number;
}

/** The repaired text; `codePage` null (and the text unchanged) when the text is not double-encoded. */
export interface EncodingRepair {
  text: string;
  guesses: EncodingGuess[];
  codePage: CodePage | null;
  /** Lines fixed by the template (`opts.anchors`): more than 0 means the note uses a profile's template. */
  anchored: number;
}

/** What the repair may use besides the text. */
export interface RepairOptions {
  codePage?: CodePage;
  /** A model built once for many notes; default: the shipped counts with `corpus`. */
  model?: LanguageModel;
  /** Template lines that are certain where a damaged line can spell them (see `template-anchors.ts`). */
  anchors?: readonly string[];
}

/** Unassigned, control, private-use and surrogate code points are never a note's character. */
const IMPOSSIBLE = /[\p{Cn}\p{Cc}\p{Co}\p{Cs}]/u;

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

function describe(
  slots: readonly Slot[],
  chars: readonly string[],
  model: LanguageModel,
  byWord: ReadonlyMap<number, Ranked[]>,
): EncodingGuess[] {
  const guesses: EncodingGuess[] = [];
  let [line, column] = [1, 1];
  slots.forEach((slot, i) => {
    const ch = chars[i] ?? '';
    if (slot.guess) {
      const around = {
        before2: chars[i - 2] ?? null,
        before: chars[i - 1] ?? null,
        after: chars[i + 1] ?? null,
        after2: chars[i + 2] ?? null,
      };
      const ranked = byWord.get(i) ?? rankSlot(slot.cands, around, model);
      const alternatives = ranked.filter((r) => r.ch !== ch).map((r) => r.ch);
      const confidence = slot.anchored ? 1 : (ranked.find((r) => r.ch === ch)?.share ?? 0);
      guesses.push({ line, column, chosen: ch, alternatives, confidence });
    }
    [line, column] = ch === '\n' ? [line + 1, 1] : [line, column + 1];
  });
  return guesses;
}

let emptyCorpusModel: LanguageModel | null = null;

/** The model of the shipped counts and `corpus` (the one for no corpus is built once per process). */
export function repairModel(corpus: readonly string[]): LanguageModel {
  if (corpus.length > 0) return buildLanguageModel(loadShippedCounts(), corpus);
  emptyCorpusModel ??= buildLanguageModel(loadShippedCounts(), []);
  return emptyCorpusModel;
}

/**
 * Repairs `text` if it is double-encoded (or through `opts.codePage` when given), guessing lost
 * bytes with the model (default: the shipped counts and `corpus`, the vault's clean notes).
 */
export function repairDoubleEncoding(
  text: string,
  corpus: readonly string[],
  opts: RepairOptions = {},
): EncodingRepair {
  const page = opts.codePage ?? detectDoubleEncoding(text).codePage;
  if (page === null) return { text, guesses: [], codePage: null, anchored: 0 };
  const slots = toSlots(text, page);
  const anchored = anchorTemplate(slots, opts.anchors ?? []);
  const model = opts.model ?? repairModel(corpus);
  const path = bestPath(
    slots.map((s) => (s.anchored ? s.cands.slice(0, 1) : s.cands)),
    model,
  );
  const chars = slots.map((s, i) => s.cands[s.anchored ? 0 : (path[i] ?? 0)] ?? '');
  const byWord = rescoreWords(slots, chars, model);
  return { text: chars.join(''), guesses: describe(slots, chars, model, byWord), codePage: page, anchored };
}
