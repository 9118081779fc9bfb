/** A process runner that records what would run and runs nothing (fakes over mocks). */
import type { LongProcess, ProcessRunner, RunResult } from '../../src/lab/index.js';

export interface FakeRunner extends ProcessRunner {
  calls: string[][];
}

export function fakeRunner(result: Partial<RunResult> = {}): FakeRunner {
  const calls: string[][] = [];
  return {
    calls,
    run(argv) {
      calls.push(argv);
      return Promise.resolve({ code: 0, stdout: '', stderr: '', timedOut: false, ...result });
    },
    start(argv): LongProcess {
      calls.push(argv);
      return { pid: undefined, stdin: null, stdout: null, exited: Promise.resolve(1), kill: () => undefined };
    },
  };
}
