/**
 * Replay reference commands fast, when only the resulting state matters (the steps before the one
 * a learner tries): consecutive `ip` commands of one namespace go to a single `ip -batch -` call
 * (`ip -batch` has no per-line `-n`, hence one batch per run of the same namespace); the rest run
 * one by one. Output is not kept.
 */
import type { LabTools } from '../sandbox/preflight.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { HOST_NS, type Action } from '../scenario/types.js';
import { runAction } from './run-action.js';

/** A line `ip -batch` reads back as the same words (no options, quotes, spaces or comments). */
function batchLine(action: Action): string | null {
  if (action.kind !== 'ip' || action.args.length === 0) return null;
  if ((action.args[0] ?? '').startsWith('-')) return null;
  if (action.args.some((a) => a === '' || /[\s'"#\\]/.test(a))) return null;
  return action.args.join(' ');
}

/** Run `actions` in order, batching where possible. Returns how many processes it started. */
export async function runBatched(sandbox: Sandbox, actions: Action[], tools: LabTools): Promise<number> {
  let spawned = 0;
  let i = 0;
  while (i < actions.length) {
    const first = actions[i] as Action;
    const lines: string[] = [];
    while (i < actions.length) {
      const a = actions[i] as Action;
      const line = batchLine(a);
      if (line === null || a.ns !== first.ns) break;
      lines.push(line);
      i++;
    }
    spawned++;
    if (lines.length === 0) {
      await runAction(sandbox, first, tools);
      i++;
      continue;
    }
    const nsArgs = first.ns === HOST_NS ? [] : ['-n', first.ns];
    await sandbox.run(['ip', ...nsArgs, '-force', '-batch', '-'], {
      input: `${lines.join('\n')}\n`,
      timeoutMs: 10000,
    });
  }
  return spawned;
}
