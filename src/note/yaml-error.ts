/**
 * Where and what a YAML syntax error is, for a message a person can act on: the `yaml` package
 * reports an unclosed quote or flow collection where it gave up (the next key, or the end), so an
 * error at or inside a top-level value is moved to the start of that value's key, the line to fix;
 * and its message loses its own position (relative to the YAML text, not to the file).
 */
import { isMap, isScalar } from 'yaml';

/** The offset to point at for an error the parser reports at `pos` in a document of `contents`. */
export function yamlErrorStart(contents: unknown, pos: number): number {
  if (!isMap(contents)) return pos;
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? pair.key.range : undefined;
    const value = (pair.value as { range?: [number, number, number] } | null)?.range;
    if (key && value && value[0] <= pos && pos <= value[2]) return key[0];
  }
  return pos;
}

/** The parser's first message line, without its position. */
export function yamlErrorMessage(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
