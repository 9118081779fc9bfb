/**
 * Can the lab run here? Checks the tools and the privileges the sandbox needs before anything is
 * changed, and says how to fix what is missing (the CLI maps a failure to exit code 3).
 */
import { accessSync, constants } from 'node:fs';
import { LAB_ENV, realRunner, type ProcessRunner } from './process-runner.js';
import { unshareArgv, type SandboxMode } from './sandbox.js';

/** Optional tools: without them some commands are reported instead of run. */
export interface LabTools {
  ping: boolean;
  curl: boolean;
  nginx: boolean;
}

export type PreflightResult =
  | { ok: true; mode: SandboxMode; tools: LabTools; warnings: string[] }
  | { ok: false; reason: string; fix: string };

/** What the preflight looks at; the default reads the real machine. */
export interface PreflightProbe {
  uid: number;
  /** True when `name` is an executable on the lab's PATH. */
  has(name: string): boolean;
  /**
   * True when a user namespace can hold the sandbox (network namespace, tmpfs, sysfs), created in
   * `mode` (`root`: as `nobody`, the way a root caller's sandbox is made; `user`: as ourselves).
   */
  userNamespaces(mode?: SandboxMode): Promise<boolean>;
}

const INSTALL = 'apt-get install -y iproute2 util-linux';

/** Decide how (and whether) the lab can run. */
export async function preflight(probe: PreflightProbe = realProbe()): Promise<PreflightResult> {
  const missing = ['ip', 'unshare', 'nsenter', 'setpriv'].filter((t) => !probe.has(t));
  if (missing.length > 0) {
    return {
      ok: false,
      reason: `the lab needs ${missing.join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed`,
      fix: `install them: sudo ${INSTALL}`,
    };
  }
  const tools: LabTools = { ping: probe.has('ping'), curl: probe.has('curl'), nginx: probe.has('nginx') };
  const warnings = warningsFor(tools);
  if (probe.uid === 0) {
    if (await probe.userNamespaces('root')) return { ok: true, mode: 'root', tools, warnings };
    warnings.unshift(UNCONFINED_WARNING);
    return { ok: true, mode: 'unconfined', tools, warnings };
  }
  if (!(await probe.userNamespaces('user'))) {
    return {
      ok: false,
      reason: 'not root, and this system does not allow unprivileged user namespaces',
      fix: 'run the lab with sudo, or allow user namespaces (sysctl kernel.unprivileged_userns_clone=1, or kernel.apparmor_restrict_unprivileged_userns=0 on Ubuntu)',
    };
  }
  return { ok: true, mode: 'user', tools, warnings };
}

const UNCONFINED_WARNING =
  'user namespaces are not allowed here: the lab sandbox runs as root, confined only by its namespaces and its read-only view of the host (to confine it fully, allow them: sysctl kernel.unprivileged_userns_clone=1, or kernel.apparmor_restrict_unprivileged_userns=0 on Ubuntu)';

const TOOL_WARNINGS: Record<keyof LabTools, string> = {
  ping: '`ping` is not installed (apt-get install iputils-ping): ping checks are skipped',
  curl: '`curl` is not installed (apt-get install curl): HTTP checks are skipped',
  nginx:
    '`nginx` is not installed (apt-get install nginx-light): a minimal page served by Node stands in for it',
};

function warningsFor(tools: LabTools): string[] {
  return (Object.keys(TOOL_WARNINGS) as (keyof LabTools)[])
    .filter((t) => !tools[t])
    .map((t) => TOOL_WARNINGS[t]);
}

/** The real machine: PATH lookup, uid, and a 5 ms trial user namespace. */
export function realProbe(runner: ProcessRunner = realRunner): PreflightProbe {
  const dirs = (LAB_ENV.PATH ?? '').split(':');
  return {
    uid: process.getuid?.() ?? 0,
    has: (name) => dirs.some((d) => isExecutable(`${d}/${name}`)),
    userNamespaces: async (mode = 'user') => {
      // The mounts the init makes, so a sandbox that preflight accepts can also start.
      const trial =
        'mount -o remount,bind,ro / && mount -t tmpfs bokseup-run /run && mount -t sysfs sysfs /sys';
      const r = await runner.run(unshareArgv(mode, trial), { timeoutMs: 3000 });
      return r.code === 0;
    },
  };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
