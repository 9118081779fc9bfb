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

/** One process of a batched replay: an `ip -batch` of one namespace, or a single action. */
export type BatchGroup = { ns: string; lines: string[] } | { action: Action };

/** A line `ip -batch` reads back as the same words (no options, quotes, spaces or comments). */
function batchLine(action: Action): string | null {
  if (action.kind !== 'ip' || action.args.length === 0) return null;
  if ((action.args[0] ?? '').startsWith('-')) return null;
  if (action.args.some((a) => a === '' || /[\s'"#\\]/.test(a))) return null;
  return action.args.join(' ');
}

/** Group `actions` into as few processes as order allows. Pure. */
export function groupForBatch(actions: Action[]): BatchGroup[] {
  const groups: BatchGroup[] = [];
  for (const action of actions) {
    const line = batchLine(action);
    const last = groups[groups.length - 1];
    if (line === null) groups.push({ action });
    else if (last && 'lines' in last && last.ns === action.ns) last.lines.push(line);
    else groups.push({ ns: action.ns, lines: [line] });
  }
  return groups;
}

/** Run `actions` in order, batching where possible. */
export async function runBatched(sandbox: Sandbox, actions: Action[], tools: LabTools): Promise<void> {
  for (const g of groupForBatch(actions)) {
    if ('action' in g) {
      await runAction(sandbox, g.action, tools);
      continue;
    }
    const nsArgs = g.ns === HOST_NS ? [] : ['-n', g.ns];
    await sandbox.run(['ip', ...nsArgs, '-force', '-batch', '-'], {
      input: `${g.lines.join('\n')}\n`,
      timeoutMs: 10000,
    });
  }
}
