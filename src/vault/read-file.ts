/**
 * Read a note file as bytes and strict UTF-8 text. Nothing is stripped (a BOM stays in the text;
 * the parsers handle it), so writing back can keep every byte.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { detectLegacyEncoding } from '../text/encoding/legacy-encoding.js';

/** The bytes of a note and their text, or where decoding failed. */
export interface NoteFile {
  bytes: Buffer;
  /** The decoded text; null when the bytes are not valid UTF-8. */
  text: string | null;
  /** Present when `text` is null: the 1-based line of the first invalid byte. */
  encodingError?: { line: number; message: string };
}

// ignoreBOM: true keeps a leading BOM in the text instead of silently dropping it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Read `abs` and decode it as UTF-8 (fatal on invalid bytes). Throws only on I/O errors. */
export function readNoteFile(abs: string): NoteFile {
  return decodeNote(readFileSync(abs));
}

/** The message for a note saved as UTF-16 or CP949, which ingest cannot read but doctor converts. */
function legacyError(bytes: Buffer, validUtf8: boolean): NoteFile | null {
  const legacy = detectLegacyEncoding(bytes, validUtf8);
  if (legacy === null) return null;
  const message = `saved as ${legacy.label}, not UTF-8: run \`bokseup doctor --fix-encoding\` to convert it`;
  return { bytes, text: null, encodingError: { line: 1, message } };
}

/**
 * Decode bytes as strict UTF-8; on failure locate the first invalid byte. `isUtf8` (one native
 * pass) and `toString` are about seven times faster than a fatal TextDecoder on a 14 KB note, and
 * agree with it: both keep a BOM, and `isUtf8` rejects overlongs and surrogates as it does.
 */
export function decodeNote(bytes: Buffer): NoteFile {
  if (isUtf8(bytes)) {
    const text = bytes.toString('utf8');
    // UTF-16 of ASCII text is valid UTF-8 too (with a NUL after each letter).
    return (text.includes('\u0000') ? legacyError(bytes, true) : null) ?? { bytes, text };
  }
  const legacy = legacyError(bytes, false);
  if (legacy !== null) return legacy;
  const offset = firstInvalidOffset(bytes);
  const line = lineAt(bytes, offset);
  const hex = (bytes[offset] ?? 0).toString(16).padStart(2, '0');
  const message = `not valid UTF-8: byte 0x${hex} at line ${line} (save the file as UTF-8, or run \`bokseup doctor\`)`;
  return { bytes, text: null, encodingError: { line, message } };
}

/** Length of the UTF-8 sequence a lead byte starts, 0 for a byte that cannot lead. */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/**
 * Offset of the first byte where strict decoding fails. Each candidate sequence is checked with the
 * same fatal decoder (which also rejects overlongs and surrogates), so this agrees with it.
 */
function firstInvalidOffset(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes[i] ?? 0);
    if (n === 0 || i + n > bytes.length) return i;
    if (n > 1) {
      try {
        decoder.decode(bytes.subarray(i, i + n));
      } catch {
        return i;
      }
    }
    i += n;
  }
  return bytes.length;
}

/** 1-based line of a byte offset (counts `\n`). */
function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
