/**
 * `bokseup doctor`, the pure part: given the vault's files as bytes, report what is wrong with each
 * (not UTF-8, saved as UTF-16 or CP949, double-encoded, unconfirmed guesses of an earlier repair,
 * and whatever the note parser says) and, with `fixEncoding`, the repairs: text, diff, guesses and a
 * backup name. A repair that would break the note's frontmatter is refused. The caller shows the
 * repairs, asks, and reads and writes the files.
 */
import type { Diagnostic } from '../note/diagnostic.js';
import { readFrontmatter } from '../note/frontmatter.js';
import type { Clock } from '../time/clock.js';
import { decodeFile, type DoctorFile, type Decoded } from './decode-file.js';
import { findMarks, markGuesses } from './mark-guesses.js';
import { repairDoubleEncoding, repairModel } from './repair-double-encoding.js';
import type { EncodingGuess } from './repair-double-encoding.js';
import { fixOf } from './encoding-fix.js';
import type { EncodingFix } from './encoding-fix.js';

export type { DoctorFile } from './decode-file.js';
export type { EncodingFix } from './encoding-fix.js';

/**
 * Guesses below this share of the probability are doubtful: shown with their alternatives, marked
 * with `mark`. On the seed and the tuning notes 15% of the guesses fall below it, and 14 of the 17
 * wrong ones.
 */
export const DOUBTFUL = 0.98;

export interface DoctorOptions {
  fixEncoding: boolean;
  /** Clean note texts for the repair's model; empty: the files here that are clean UTF-8. */
  corpus: readonly string[];
  /** The instant for backup names (`<path>.bak-yyyyMMddHHmmss`, local time). */
  clock: Clock;
  /** The profiles' template lines (keys, headings): certain where a damaged line can spell them. */
  anchors?: readonly string[];
  /** Wrap doubtful guesses in the note (see `mark-guesses.ts`). */
  mark?: boolean;
}

export interface DoctorReport {
  findings: Diagnostic[];
  /** Repairs that may be written. */
  fixes: EncodingFix[];
  /** Repairs that are not written, and why (`refusal`). */
  refused: EncodingFix[];
}

/** The injected note checker: the parser's diagnostics for one note's text. */
export type CheckNote = (path: string, text: string) => Diagnostic[];

/** Why the repaired text may not be written (its frontmatter would not read), or null. */
function refusal(found: readonly Diagnostic[], templateNote: boolean): string | null {
  const broken = found.find(
    (d) =>
      d.rule.startsWith('yaml-') || (templateNote && d.fatal && /^(first-study-|wrong-type)/.test(d.rule)),
  );
  return broken === undefined ? null : `line ${broken.line}: ${broken.message}`;
}

function refusedFinding(fix: EncodingFix, why: string): Diagnostic {
  const message =
    `the repair is not written: the frontmatter would not read afterwards (${why}). ` +
    'Repair it by hand from the diff, or fix the damaged key first.';
  return { file: fix.path, line: 0, rule: 'repair-refused', message, fatal: true };
}

function unconfirmed(path: string, text: string): Diagnostic[] {
  const marks = findMarks(text);
  const first = marks[0];
  if (first === undefined) return [];
  const message =
    `${marks.length} unconfirmed encoding-repair guess${marks.length === 1 ? '' : 'es'} ` +
    `(<mark class="bokseup-guess">, first '${first.chosen}'): check each, then delete its mark tags`;
  return [{ file: path, line: first.line, rule: 'unconfirmed-guess', message, fatal: false }];
}

function repairText(d: Decoded, opts: DoctorOptions, corpus: readonly string[]) {
  if (d.legacy !== null) return { text: d.legacy.text, guesses: [] as EncodingGuess[], anchored: 0 };
  const repair = repairDoubleEncoding(d.text, corpus, {
    ...(d.codePage === null ? {} : { codePage: d.codePage }),
    model: repairModel(corpus),
    anchors: opts.anchors ?? [],
  });
  if (opts.mark !== true) return repair;
  const marked = markGuesses(repair.text, repair.guesses, DOUBTFUL);
  return { ...repair, text: marked.text, guesses: marked.guesses };
}

/**
 * The YAML problems of a repaired text's frontmatter, whatever kind of note it is: the parser says
 * nothing of a note that is no study note, but a repair must not break any note's frontmatter.
 */
function yamlProblems(path: string, text: string): Diagnostic[] {
  return readFrontmatter(path, text).diagnostics.filter((d) => d.rule.startsWith('yaml-'));
}

function repair(d: Decoded, check: CheckNote, opts: DoctorOptions, corpus: readonly string[]) {
  const r = repairText(d, opts, corpus);
  const found = check(d.path, r.text);
  const known = new Set(found.map((f) => `${f.line}:${f.rule}`));
  const yaml = yamlProblems(d.path, r.text).filter((f) => !known.has(`${f.line}:${f.rule}`));
  const fix = fixOf(d, r.text, r.guesses, opts.clock, refusal([...found, ...yaml], r.anchored > 0));
  return { fix, found };
}

/**
 * Diagnoses every file. A damaged note is not handed to `checkNote` as it is (its keys are
 * unreadable); with `fixEncoding` its repaired text is, so the report says what would remain.
 */
export function runDoctor(
  files: readonly DoctorFile[],
  checkNote: CheckNote,
  opts: DoctorOptions,
): DoctorReport {
  const decoded = files.map(decodeFile);
  const clean = decoded.filter((d): d is Decoded => !('rule' in d) && d.damage === null);
  const corpus = opts.corpus.length > 0 ? opts.corpus : clean.map((d) => d.text);
  const report: DoctorReport = { findings: [], fixes: [], refused: [] };
  for (const d of decoded) {
    if ('rule' in d) report.findings.push(d);
    else if (d.damage === null)
      report.findings.push(...checkNote(d.path, d.text), ...unconfirmed(d.path, d.text));
    else {
      report.findings.push(d.damage);
      if (!opts.fixEncoding) continue;
      const { fix, found } = repair(d, checkNote, opts, corpus);
      report.findings.push(...found, ...unconfirmed(d.path, fix.newText));
      if (fix.refusal === null) report.fixes.push(fix);
      else report.findings.push(refusedFinding(fix, fix.refusal));
      if (fix.refusal !== null) report.refused.push(fix);
    }
  }
  return report;
}
