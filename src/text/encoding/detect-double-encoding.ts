/**
 * Detects a note whose UTF-8 bytes were decoded as Windows-1254/1252 and saved again as UTF-8
 * (`첫` → `ì²«`). It runs on every ingest of every note, so a clean note costs one regex scan.
 */
import { charOfByte } from './code-page.js';
import type { CodePage } from './code-page.js';
import { segmentMojibake } from './segment-mojibake.js';
import type { Piece } from './segment-mojibake.js';

/** What `detectDoubleEncoding` found. */
export interface DoubleEncodingReport {
  suspected: boolean;
  /** The code page the note was most likely read through; null when nothing was suspected. */
  codePage: CodePage | null;
  /** 1-based line of the first evidence, 0 when there is none. */
  line: number;
  /** A short sample, e.g. `"ì²« í•™ìŠµ" reads as "첫 학습"`; empty when there is none. */
  evidence: string;
  /** 2 per complete multi-byte sequence + 1 per sequence that lost a byte but kept a continuation. */
  score: number;
}

const PAGES: readonly CodePage[] = ['1252', '1254'];
const MIN_SCORE = 4;
const SAMPLE_PIECES = 6;

const hex = (cp: number): string => `\\u${cp.toString(16).padStart(4, '0')}`;

/** A regex character class of the characters standing for bytes `from`–`to` in either page, as ranges. */
function classOf(from: number, to: number, extra = ''): string {
  let chars = extra;
  for (let b = from; b <= to; b++) for (const p of PAGES) chars += charOfByte(p, b) ?? '';
  const cps = [...new Set(chars)].map((c) => c.charCodeAt(0)).sort((x, y) => x - y);
  let out = '';
  for (let i = 0; i < cps.length;) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === (cps[j] ?? 0) + 1) j++;
    out += i === j ? hex(cps[i] ?? 0) : `${hex(cps[i] ?? 0)}-${hex(cps[j] ?? 0)}`;
    i = j + 1;
  }
  return `[${out}]`;
}

const C1_CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)).join('');
/** Any character standing for a UTF-8 lead byte: absent from most notes, and a one-class scan is cheapest. */
const LEAD = new RegExp(classOf(0xc2, 0xf4));
/** A lead byte's character followed by a continuation byte's character, in either page. */
const PAIR = new RegExp(classOf(0xc2, 0xf4) + classOf(0x80, 0xbf, C1_CONTROLS));

const NONE: DoubleEncodingReport = { suspected: false, codePage: null, line: 0, evidence: '', score: 0 };

interface Tally {
  page: CodePage;
  pieces: Piece[];
  score: number;
  hits: number;
  noise: number;
}

function tally(text: string, page: CodePage): Tally {
  const pieces = segmentMojibake(text, page);
  let [whole, partial, noise] = [0, 0, 0];
  for (const p of pieces) {
    if (p.kind === 'decoded') whole += 1;
    else if (p.kind === 'damaged' && p.bytes.length >= 2) partial += 1;
    else if (p.kind !== 'text') noise += 1;
  }
  return { page, pieces, score: 2 * whole + partial, hits: whole + partial, noise };
}

function sample(pieces: readonly Piece[], start: number): string {
  let from = '';
  let to = '';
  for (const p of pieces.slice(start, start + SAMPLE_PIECES)) {
    const src = p.kind === 'text' || p.kind === 'stray' ? p.text : p.source;
    const txt = p.kind === 'damaged' ? '\uFFFD' : p.text;
    const cut = src.indexOf('\n');
    if (cut >= 0) return `"${from + src.slice(0, cut)}" reads as "${to + txt.slice(0, cut)}"`;
    from += src;
    to += txt;
  }
  return `"${from}" reads as "${to}"`;
}

/**
 * Whether `text` looks double-encoded, through which code page, and where. Accented Latin words
 * (café, naïve, Zürich) do not trigger it: it takes complete UTF-8 sequences, outnumbering the
 * high characters that fit none.
 */
export function detectDoubleEncoding(text: string): DoubleEncodingReport {
  if (!LEAD.test(text) || !PAIR.test(text)) return NONE;
  const [a, b] = PAGES.map((p) => tally(text, p)) as [Tally, Tally];
  const best = b.score > a.score ? b : a;
  if (best.score < MIN_SCORE || best.hits <= best.noise) return { ...NONE, score: best.score };
  const first = best.pieces.findIndex((p) => p.kind === 'decoded');
  const piece = best.pieces[first];
  const offset = piece !== undefined && piece.kind === 'decoded' ? piece.offset : 0;
  const line = text.slice(0, offset).split('\n').length;
  return {
    suspected: true,
    codePage: best.page,
    line,
    evidence: sample(best.pieces, first),
    score: best.score,
  };
}
