/**
 * The names of the files the atomic writer leaves beside a note while it writes it, and how to
 * recognise them afterwards (a run killed with `kill -9` leaves them behind; the next run removes
 * them, see sweep-leftovers.ts):
 *
 * - `.<name>.bokseup-<pid>-<rand>.tmp`: the new text, written and fsynced before the swap;
 * - `.<name>.bokseup-<pid>-<rand>.old`: the note as it was, moved aside for the instant of the swap.
 *
 * A note whose name is so long that these would pass the file system's 255-byte limit (NAME_MAX)
 * gets short names `.bokseup-<pid>-<rand>.tmp|old` and a third file `.bokseup-<pid>-<rand>.name`
 * holding the note's name, so an interrupted swap can still be put back.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Longest file name (in bytes) Linux, macOS and Windows file systems all accept. */
export const NAME_MAX = 255;

/** The leftover files of one write. */
export interface TempNames {
  temp: string;
  old: string;
  /** Present for a long note name: the file that records it. */
  nameFile?: string;
}

/** Fresh names beside `target` for one write by this process. */
export function tempNamesFor(target: string, pid: number = process.pid): TempNames {
  const folder = dirname(target);
  const name = basename(target);
  const tag = `bokseup-${pid}-${randomBytes(4).toString('hex')}`;
  const long = `.${name}.${tag}`;
  if (Buffer.byteLength(`${long}.name`) <= NAME_MAX) {
    return { temp: join(folder, `${long}.tmp`), old: join(folder, `${long}.old`) };
  }
  const short = join(folder, `.${tag}`);
  return { temp: `${short}.tmp`, old: `${short}.old`, nameFile: `${short}.name` };
}

/** What a leftover file's name says. */
export interface Leftover {
  /** The note's file name, or null when it is in the `.name` file. */
  note: string | null;
  pid: number;
  /** `bokseup-<pid>-<rand>`: the files of one write share it. */
  tag: string;
  kind: 'tmp' | 'old' | 'name';
}

const PATTERN = /^\.(?:(.+)\.)?(bokseup-(\d+)-[0-9a-f]{8})\.(tmp|old|name)$/;

/** The leftover a file name is, or null for any other file. */
export function parseLeftover(fileName: string): Leftover | null {
  const m = PATTERN.exec(fileName);
  if (m === null) return null;
  return { note: m[1] ?? null, tag: m[2] ?? '', pid: Number(m[3]), kind: m[4] as Leftover['kind'] };
}
