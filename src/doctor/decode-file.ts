/**
 * The doctor's first look at a file: its text, and what damage it shows — double encoding, or a
 * legacy encoding (UTF-16, CP949) — or the diagnostic of a file that is not text it can read.
 */
import type { Diagnostic } from '../note/diagnostic.js';
import type { CodePage } from '../text/encoding/code-page.js';
import { decodeUtf8 } from './decode-utf8.js';
import { detectDoubleEncoding } from '../text/encoding/detect-double-encoding.js';
import { detectLegacyEncoding, type LegacyText } from '../text/encoding/legacy-encoding.js';

/** A note file as read from the vault; `path` is relative to the vault. */
export interface DoctorFile {
  path: string;
  bytes: Uint8Array;
}

/** A file read as text: `damage` is the finding when it needs a repair (then `codePage` or `legacy` says which). */
export interface Decoded {
  path: string;
  /** The text as it reads now (UTF-8; a legacy file decoded leniently, as an editor would show it). */
  text: string;
  damage: Diagnostic | null;
  codePage: CodePage | null;
  legacy: LegacyText | null;
}

function legacyFile(file: DoctorFile, legacy: LegacyText): Decoded {
  const message =
    `saved as ${legacy.label}, not UTF-8. ` +
    'Run `bokseup doctor --fix-encoding` to convert it exactly (a backup is kept).';
  const damage: Diagnostic = { file: file.path, line: 0, rule: 'not-utf8', message, fatal: true };
  const text = new TextDecoder('utf-8').decode(file.bytes);
  return { path: file.path, text, damage, codePage: null, legacy };
}

function doubleEncoded(path: string, text: string): Decoded {
  const d = detectDoubleEncoding(text);
  if (d.codePage === null) return { path, text, damage: null, codePage: null, legacy: null };
  const message =
    `looks double-encoded (UTF-8 read as Windows-${d.codePage} and saved again): ${d.evidence}. ` +
    'Run `bokseup doctor --fix-encoding` to repair it (a backup is kept).';
  const damage: Diagnostic = { file: path, line: d.line, rule: 'double-encoded', message, fatal: true };
  return { path, text, damage, codePage: d.codePage, legacy: null };
}

/** Reads one file's bytes: clean text, text with damage, or a diagnostic when it cannot be read. */
export function decodeFile(file: DoctorFile): Diagnostic | Decoded {
  const r = decodeUtf8(file.bytes);
  const legacy = detectLegacyEncoding(file.bytes, r.ok);
  if (legacy !== null) return legacyFile(file, legacy);
  if (r.ok) return doubleEncoded(file.path, r.text);
  const hex = r.byte.toString(16).toUpperCase().padStart(2, '0');
  const message = `not UTF-8: invalid byte 0x${hex} at column ${r.column}; save the file as UTF-8.`;
  return { file: file.path, line: r.line, column: r.column, rule: 'not-utf8', message, fatal: true };
}
