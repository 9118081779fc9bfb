/**
 * Read a config file: nothing when it does not exist, its checked values when it does, and a
 * usage error listing every problem (file and line) when it has any. The YAML parser is loaded only
 * when there is a file to read.
 */
import { readFileSync } from 'node:fs';
import { UserError } from '../text/user-error.js';
import type { ConfigKind, LocatedValues } from './parse-config.js';

/** The values of the config file `file`, or null when there is none. */
export async function readConfig(file: string, kind: ConfigKind): Promise<LocatedValues | null> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new UserError(`${file}: cannot read the config file (${code ?? String(error)})`, 'environment');
  }
  const { parseConfig } = await import('./parse-config.js');
  const { values, problems } = parseConfig(file, text, kind);
  if (problems.length > 0) throw new UserError(problems.join('\n'), 'usage');
  return values;
}
