/**
 * `bokseup doctor`, the pure part: given the vault's files as bytes, report what is wrong with each
 * (not UTF-8, double-encoded, and whatever the note parser says) and, with `fixEncoding`, the
 * repaired text, its diff and a backup name. The caller reads and writes the files.
 */
import type { Diagnostic } from '../note/diagnostic.js';
import { formatNow } from '../time/format-time.js';
import type { Clock } from '../time/clock.js';
import { buildCharModel } from './char-model.js';
import type { CharModel } from './char-model.js';
import type { CodePage } from '../text/encoding/code-page.js';
import { decodeUtf8 } from './decode-utf8.js';
import { detectDoubleEncoding } from '../text/encoding/detect-double-encoding.js';
import { repairDoubleEncoding } from './repair-double-encoding.js';
import type { EncodingGuess } from './repair-double-encoding.js';
import { unifiedDiff } from '../text/unified-diff.js';

/** A note file as read from the vault; `path` is relative to the vault. */
export interface DoctorFile {
  path: string;
  bytes: Uint8Array;
}

/** A repair to write: back up the old bytes to `backupName` (same folder), then write `newText`. */
export interface EncodingFix {
  path: string;
  newText: string;
  backupName: string;
  diff: string;
  guesses: EncodingGuess[];
  codePage: CodePage;
}

export interface DoctorOptions {
  fixEncoding: boolean;
  /** Clean note texts for the repair's model; empty: the files here that are clean UTF-8. */
  corpus: readonly string[];
  /** The instant for backup names (`<path>.bak-yyyyMMddHHmmss`, local time). */
  clock: Clock;
}

export interface DoctorReport {
  findings: Diagnostic[];
  fixes: EncodingFix[];
}

/** The injected note checker: the parser's diagnostics for one note's text. */
export type CheckNote = (path: string, text: string) => Diagnostic[];

interface Decoded {
  path: string;
  text: string;
  line: number;
  evidence: string;
  codePage: CodePage | null;
}

function decodeFile(file: DoctorFile): Diagnostic | Decoded {
  const r = decodeUtf8(file.bytes);
  if (r.ok) {
    const d = detectDoubleEncoding(r.text);
    return { path: file.path, text: r.text, line: d.line, evidence: d.evidence, codePage: d.codePage };
  }
  const hex = r.byte.toString(16).toUpperCase().padStart(2, '0');
  const hint = r.legacyKorean ? ' It reads as EUC-KR/CP949: convert it with `iconv -f CP949 -t UTF-8`.' : '';
  const message = `not UTF-8: invalid byte 0x${hex} at column ${r.column}; save the file as UTF-8.${hint}`;
  return { file: file.path, line: r.line, column: r.column, rule: 'not-utf8', message, fatal: true };
}

function doubleEncoded(d: Decoded, page: CodePage): Diagnostic {
  const message =
    `looks double-encoded (UTF-8 read as Windows-${page} and saved again): ${d.evidence}. ` +
    'Run `bokseup doctor --fix-encoding` to repair it (a backup is kept).';
  return { file: d.path, line: d.line, rule: 'double-encoded', message, fatal: true };
}

function fixOf(d: Decoded, page: CodePage, model: CharModel, clock: Clock): EncodingFix {
  const repair = repairDoubleEncoding(d.text, [], { codePage: page, model });
  return {
    path: d.path,
    newText: repair.text,
    backupName: `${d.path}.bak-${formatNow(clock, 'yyyyMMddHHmmss', 'en')}`,
    diff: unifiedDiff(d.text, repair.text, `a/${d.path}`, `b/${d.path}`),
    guesses: repair.guesses,
    codePage: page,
  };
}

/**
 * Diagnoses every file. A double-encoded note is not handed to `checkNote` (its keys are
 * unreadable); with `fixEncoding` its repaired text is, so the report says what would remain.
 */
export function runDoctor(
  files: readonly DoctorFile[],
  checkNote: CheckNote,
  opts: DoctorOptions,
): DoctorReport {
  const decoded = files.map(decodeFile);
  const clean = decoded.filter((d): d is Decoded => 'text' in d && d.codePage === null);
  const corpus = opts.corpus.length > 0 ? opts.corpus : clean.map((d) => d.text);
  let model: CharModel | null = null;
  const report: DoctorReport = { findings: [], fixes: [] };
  for (const d of decoded) {
    if (!('text' in d)) report.findings.push(d);
    else if (d.codePage === null) report.findings.push(...checkNote(d.path, d.text));
    else {
      report.findings.push(doubleEncoded(d, d.codePage));
      if (!opts.fixEncoding) continue;
      model ??= buildCharModel(corpus);
      const fix = fixOf(d, d.codePage, model, opts.clock);
      report.fixes.push(fix);
      report.findings.push(...checkNote(d.path, fix.newText));
    }
  }
  return report;
}
