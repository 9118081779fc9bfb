/**
 * The floor `lab try` is measured against: a plain bash script doing the same work — the same
 * sandbox (setpriv + unshare + the same init), the same batched replay of the earlier steps, the
 * learner's commands one by one, the same batched `ip -j` snapshots and the same probes in
 * parallel — with no Node, no parsing and no comparison. Only for `benchLab`.
 */
import { nsenterPrefix, unshareArgv, type SandboxMode } from '../src/lab/sandbox/sandbox.js';
import { sandboxInitScript, shellQuote } from '../src/lab/sandbox/init-script.js';
import { actionArgv } from '../src/lab/scenario/action-argv.js';
import { HOST_NS, type Action } from '../src/lab/scenario/types.js';
import type { BatchGroup } from '../src/lab/run/run-batched.js';
import { probeArgv, type Probe } from '../src/lab/run/run-probe.js';

const line = (argv: string[]): string => argv.map(shellQuote).join(' ');

function batchLines(groups: { ns: string; lines: string[] }[]): string[] {
  return groups.map((g) => {
    const ns = g.ns === HOST_NS ? '' : ` -n ${shellQuote(g.ns)}`;
    return `printf '%s\\n' ${g.lines.map(shellQuote).join(' ')} | e ip${ns} -force -batch - >/dev/null 2>&1`;
  });
}

export interface FloorPlan {
  mode: SandboxMode;
  /** Earlier steps, grouped the way runBatched groups them. */
  prepare: BatchGroup[];
  learner: Action[];
  namespaces: string[];
  probes: Probe[];
}

/** The lines that create the sandbox and define `e` (enter it) in bash. */
function sandboxLines(mode: SandboxMode): string[] {
  // The lab's own argv (as root: become nobody, then a user namespace), without `sh -c SCRIPT`.
  const create = unshareArgv(mode, '').slice(0, -3).join(' ');
  const enter = nsenterPrefix(mode, 0).slice(3, -1).join(' ');
  const init = shellQuote(`exec 2>&1\n${sandboxInitScript()}`);
  return [
    '#!/bin/bash',
    'd=$(mktemp -d); mkfifo "$d/in" "$d/out"',
    `${create} sh -c ${init} <"$d/in" >"$d/out" &`,
    'U=$!; exec 3>"$d/in"; exec 4<"$d/out"; read -r ready <&4',
    'I=$(cat /proc/$U/task/$U/children); I=${I%% *}',
    // fds 3/4 hold the init's pipes: a daemon inheriting them would keep the sandbox alive.
    `e() { nsenter -t "$I" ${enter} -- "$@" 3>&- 4<&-; }`,
  ];
}

/** The bash script of the floor. */
export function floorScript(plan: FloorPlan): string {
  const snapshot = (n: string) =>
    `printf 'addr show\\nroute show\\nnetns list-id\\n' | e ip -n ${shellQuote(n)} -j -d -batch - >/dev/null & p+=($!)`;
  return [
    ...sandboxLines(plan.mode),
    ...plan.prepare.flatMap((p) =>
      'action' in p ? [`e ${line(actionArgv(p.action))} >/dev/null 2>&1`] : batchLines([p]),
    ),
    ...plan.learner.map((a) => `e ${line(actionArgv(a))} >/dev/null 2>&1`),
    `printf 'addr show\\nroute show\\nnetns list-id\\nnetns list\\n' | e ip -j -d -batch - >/dev/null`,
    'p=()',
    ...plan.namespaces.map(snapshot),
    '[ ${#p[@]} -gt 0 ] && wait "${p[@]}"; p=()',
    ...plan.probes.map((p) => `e ${line(probeArgv(p))} >/dev/null 2>&1 & p+=($!)`),
    '[ ${#p[@]} -gt 0 ] && wait "${p[@]}"',
    'exec 3>&-; wait $U; rm -rf "$d"',
  ].join('\n');
}
