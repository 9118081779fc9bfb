/**
 * A file the user names for a command's output (`calendar --out FILE`): a missing folder or a
 * folder in the file's place is a usage error found before any work is done; a file system that
 * refuses the write (read-only, permission, full) is an environment error. One line each, naming
 * the file.
 */
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError, usageError } from '../text/user-error.js';
import { describeUnexpected } from './unexpected-error.js';

/** Check, before the command runs, that `file` (absolute) can be an output file of `option`. */
export function checkOutputFile(option: string, file: string): void {
  const folder = path.dirname(file);
  const dir = statSync(folder, { throwIfNoEntry: false });
  if (dir === undefined) throw usageError(`${option} ${file}: the folder ${folder} does not exist`);
  if (!dir.isDirectory()) throw usageError(`${option} ${file}: ${folder} is not a folder`);
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory() === true)
    throw usageError(`${option} ${file}: this is a folder; name a file`);
}

/** Write `text` to `file`; a refused write becomes one line naming the file. */
export function writeOutputFile(option: string, file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    const { line } = describeUnexpected(error);
    throw new UserError(
      `${option} ${file}: cannot write it: ${line.replace(`${file}: `, '')}`,
      'environment',
    );
  }
}
