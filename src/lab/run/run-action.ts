/**
 * Run one understood Action inside a sandbox, bounded by a timeout that kills it and everything it
 * started (the runner kills the whole process group). nginx is started in the
 * background of its namespace (daemonised, inside the sandbox's PID namespace); where nginx is not
 * installed, a minimal page served by Node (always present: it runs us) stands in for it.
 */
import { LAB_PAGE } from '../sandbox/init-script.js';
import type { LabTools } from '../sandbox/preflight.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { actionArgv, inNamespace } from '../scenario/action-argv.js';
import type { Action } from '../scenario/types.js';

/** What a command did: exit code (null when killed), output as a terminal would show it. */
export interface ActionResult {
  code: number | null;
  output: string;
  /** Set when the command was not run (a tool is missing). */
  notRun?: string;
}

/** The Debian package that brings each program the lab may run, for the "not installed" message. */
const PACKAGE_OF: Record<string, string> = {
  nft: 'nftables',
  iptables: 'iptables',
  ip6tables: 'iptables',
  bridge: 'iproute2',
  ss: 'iproute2',
  sysctl: 'procps',
  tcpdump: 'tcpdump',
};

/** How long each kind of command may run before it (and all it started) is killed. */
export const ACTION_TIMEOUT_MS: Record<Action['kind'], number> = {
  ip: 5000,
  ping: 3000,
  curl: 5000,
  nginx: 5000,
  tool: 5000,
};

/** `nsenter` could not start the program: it is not installed in the sandbox's view of the host. */
function missingProgram(action: Action, stderr: string): string | undefined {
  if (action.kind !== 'tool' || !/failed to execute \S+: No such file or directory/.test(stderr)) {
    return undefined;
  }
  const pkg = PACKAGE_OF[action.program] ?? action.program;
  return `\`${action.program}\` is not installed (apt-get install ${pkg})`;
}

const FALLBACK_SERVER = `require('http').createServer((q,r)=>{r.setHeader('content-type','text/html');r.end(${JSON.stringify(LAB_PAGE)})}).listen(80)`;

/** Run `action` in `sandbox`. */
export async function runAction(sandbox: Sandbox, action: Action, tools: LabTools): Promise<ActionResult> {
  if (action.kind === 'ping' && !tools.ping)
    return { code: null, output: '', notRun: '`ping` is not installed' };
  if (action.kind === 'curl' && !tools.curl)
    return { code: null, output: '', notRun: '`curl` is not installed' };
  if (action.kind === 'nginx' && !tools.nginx) return startFallbackServer(sandbox, action.ns, tools);
  const timeoutMs = ACTION_TIMEOUT_MS[action.kind];
  const r = await sandbox.run(actionArgv(action), { timeoutMs });
  const missing = missingProgram(action, r.stderr);
  if (missing !== undefined) return { code: null, output: '', notRun: missing };
  const output = (r.stdout + r.stderr).replace(/\n$/, '');
  return {
    code: r.code,
    output: r.timedOut ? `${output}\n(stopped after ${timeoutMs / 1000} s)`.trim() : output,
  };
}

/** Serve the lab page on port 80 of `ns` with Node, and wait (≤ 2 s) until it answers. */
async function startFallbackServer(sandbox: Sandbox, ns: string, tools: LabTools): Promise<ActionResult> {
  sandbox.start(inNamespace(ns, [process.execPath, '-e', FALLBACK_SERVER]));
  const note = 'nginx is not installed: serving the lab page with Node instead';
  if (!tools.curl) return { code: 0, output: note };
  const deadline = Date.now() + 2000;
  while (Date.now() < deadline) {
    const r = await sandbox.run(
      inNamespace(ns, ['curl', '--max-time', '1', '-s', '-o', '/dev/null', 'http://127.0.0.1/']),
    );
    if (r.code === 0) return { code: 0, output: note };
    await new Promise((res) => setTimeout(res, 50));
  }
  return { code: 1, output: `${note}, but it did not start` };
}
