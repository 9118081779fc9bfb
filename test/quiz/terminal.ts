/** Fake terminal streams and frame waiting for the quiz's ink tests (no sleeps: poll the frame). */
import { EventEmitter } from 'node:events';
import { expect, vi } from 'vitest';
import { renderReview, type ReviewInput } from '../../src/quiz/index.js';

/** An output stream with a fixed width (and height, when given) that keeps every frame written. */
export class FakeStdout extends EventEmitter {
  readonly frames: string[] = [];
  isTTY = true;
  constructor(
    public columns = 100,
    public rows?: number,
  ) {
    super();
  }
  write = (frame: string): boolean => {
    this.frames.push(frame);
    return true;
  };
  lastFrame = (): string => this.frames[this.frames.length - 1] ?? '';
}

/** An input stream in "raw mode" that the test types into. */
export class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string): void => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = (): string | null => {
    const d = this.data;
    this.data = null;
    return d;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

/** Fake streams `columns` wide (and `rows` high), and the same typed as the process streams that ink takes. */
export function fakeIo(columns = 80, rows?: number) {
  const stdin = new FakeStdin();
  const stdout = new FakeStdout(columns, rows);
  const io = {
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout() as unknown as NodeJS.WriteStream,
  };
  return { stdin, stdout, io };
}

/** `renderReview` on fake 80-column streams, every frame in full and colour off. */
export function startReview(input: ReviewInput) {
  const { stdin, stdout, io } = fakeIo(80);
  const done = renderReview(input, { ...io, debug: true, color: false });
  return { stdin, stdout, done, frame: stdout.lastFrame };
}

/** Wait until the latest frame (without ANSI escapes) satisfies `predicate`; returns the raw frame. */
export async function waitForFrame(lastFrame: () => string | undefined, predicate: (f: string) => boolean) {
  return vi.waitFor(
    () => {
      const frame = lastFrame() ?? '';
      expect(predicate(stripAnsi(frame)), `frame did not match:\n${frame}`).toBe(true);
      return frame;
    },
    { timeout: 5000, interval: 10 },
  );
}

/** Wait for `text` to appear in the latest frame. */
export function waitForText(lastFrame: () => string | undefined, text: string): Promise<string> {
  return waitForFrame(lastFrame, (f) => f.includes(text));
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g;

/** A frame without ANSI escapes. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
