/** runAction with a fake sandbox (fakes over mocks): timeouts per kind, missing programs reported. */
import { describe, expect, it } from 'vitest';
import {
  ACTION_TIMEOUT_MS,
  runAction,
  type Action,
  type RunResult,
  type Sandbox,
} from '../../src/lab/index.js';

const TOOLS = { ping: true, curl: true, nginx: true };

/** A sandbox that answers every run with `result` and records argv and timeouts. */
function fakeSandbox(
  result: Partial<RunResult>,
): Sandbox & { calls: { argv: string[]; timeoutMs?: number }[] } {
  const calls: { argv: string[]; timeoutMs?: number }[] = [];
  return {
    calls,
    mode: 'root',
    initPid: 1,
    run(argv, opts) {
      calls.push({ argv, ...(opts?.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs }) });
      return Promise.resolve({ code: 0, stdout: '', stderr: '', timedOut: false, ...result });
    },
    start: () => ({
      pid: undefined,
      stdin: null,
      stdout: null,
      exited: Promise.resolve(0),
      kill: () => undefined,
    }),
    close: () => Promise.resolve(),
  };
}

const nft: Action = { kind: 'tool', program: 'nft', ns: 'host', args: ['list', 'ruleset'], readOnly: true };

describe('runAction', () => {
  it('a program missing from the machine is reported as not installed, with its package, not as a failure', async () => {
    const sb = fakeSandbox({
      code: 127,
      stderr: 'nsenter: failed to execute nft: No such file or directory\n',
    });
    expect(await runAction(sb, nft, TOOLS)).toEqual({
      code: null,
      output: '',
      notRun: '`nft` is not installed (apt-get install nftables)',
    });
  });

  it('a command that ran and failed keeps its own message and exit code', async () => {
    const sb = fakeSandbox({ code: 1, stderr: 'Error: Could not process rule: No such file or directory\n' });
    expect(await runAction(sb, nft, TOOLS)).toEqual({
      code: 1,
      output: 'Error: Could not process rule: No such file or directory',
    });
  });

  it('every command runs with its kind timeout, and a killed one says when it was stopped', async () => {
    const sb = fakeSandbox({ code: null, stdout: 'PING 10.0.0.9\n', timedOut: true });
    const r = await runAction(sb, { kind: 'ping', ns: 'host', target: '10.0.0.9' }, TOOLS);
    expect(sb.calls[0]?.timeoutMs).toBe(ACTION_TIMEOUT_MS.ping);
    expect(r).toEqual({ code: null, output: 'PING 10.0.0.9\n(stopped after 3 s)' });
    await runAction(sb, nft, TOOLS);
    expect(sb.calls[1]?.timeoutMs).toBe(ACTION_TIMEOUT_MS.tool);
  });
});
