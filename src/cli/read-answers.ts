/** The learner's commands for `lab try` from stdin, one per line (prompting when it is a terminal). */
import type { Io } from './context.js';

export async function readAnswers(io: Io): Promise<string[]> {
  if (io.stdin.isTTY === true) io.stderr('Type your commands, one per line; end with Ctrl-D:\n');
  let text = '';
  for await (const chunk of io.stdin)
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}
