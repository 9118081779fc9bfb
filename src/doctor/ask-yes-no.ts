/**
 * The question `doctor --fix-encoding` asks on a terminal before writing each repair: anything but
 * an explicit yes (y, yes, 예, 네) — an empty line, the end of input — keeps the note as it is.
 * One reader serves every question, so answers typed ahead are not lost.
 */
import { createInterface } from 'node:readline';

const YES = /^\s*(y|yes|예|네)\s*$/i;

/** Asks yes/no questions on one input. */
export interface YesNo {
  ask(question: string): Promise<boolean>;
  close(): void;
}

/** A reader of answers from `input`; questions go to `write`. */
export function yesNoReader(input: NodeJS.ReadableStream, write: (text: string) => void): YesNo {
  const rl = createInterface({ input, terminal: false });
  const lines: string[] = [];
  let waiting: ((line: string | null) => void) | null = null;
  let closed = false;
  rl.on('line', (line) => {
    const answer = waiting;
    waiting = null;
    if (answer === null) lines.push(line);
    else answer(line);
  });
  rl.on('close', () => {
    closed = true;
    waiting?.(null);
    waiting = null;
  });
  const next = (): Promise<string | null> =>
    lines.length > 0 || closed
      ? Promise.resolve(lines.shift() ?? null)
      : new Promise((resolve) => (waiting = resolve));
  return {
    async ask(question) {
      write(question);
      const line = await next();
      return line !== null && YES.test(line);
    },
    close: () => rl.close(),
  };
}
