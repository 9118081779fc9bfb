/**
 * Snapshot the namespaces of a sandbox (or of the live machine, read-only) with batched `ip -j -d`:
 * one call for the root namespace (which also lists the named ones), then one per named namespace,
 * in parallel. Only reads: `addr show`, `route show table all`, `netns list-id`, `rule show`,
 * `neigh show nud permanent`, `netns list`; then per namespace `sysctl -e KEY…` (no `-w`) and
 * `nft list ruleset`.
 */
import type { RunOptions, RunResult } from '../sandbox/process-runner.js';
import { inNamespace } from '../scenario/action-argv.js';
import { normaliseSnapshot } from '../state/normalise.js';
import { linkSysctls, NAMESPACE_SYSCTLS } from '../state/normalise-settings.js';
import { HOST_NS, type LabState, type RawNamespace, type RawSnapshot } from '../state/types.js';

/** Runs an argv where the snapshot should look: inside a sandbox, or on the host for `lab check`. */
export type IpExec = (argv: string[], opts?: RunOptions) => Promise<RunResult>;

const NS_BATCH = 'addr show\nroute show table all\nnetns list-id\nrule show\nneigh show nud permanent\n';

/** Parse the one-JSON-array-per-line output of `ip -j -batch -`. */
export function parseBatchJson(stdout: string): unknown[][] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('['))
    .map((l) => JSON.parse(l) as unknown[]);
}

async function batch(exec: IpExec, ns: string | null, input: string): Promise<unknown[][]> {
  const argv = ns === null ? ['ip', '-j', '-d', '-batch', '-'] : ['ip', '-n', ns, '-j', '-d', '-batch', '-'];
  const r = await exec(argv, { input, timeoutMs: 5000 });
  if (r.code !== 0)
    throw new Error(`snapshot failed: ${argv.join(' ')}: ${r.stderr.trim() || r.stdout.trim()}`);
  return parseBatchJson(r.stdout);
}

const rawOf = (parts: unknown[][]): RawNamespace => ({
  links: parts[0] ?? [],
  routes: parts[1] ?? [],
  nsids: parts[2] ?? [],
  rules: parts[3] ?? [],
  neighbours: parts[4] ?? [],
});

/** The sysctls (`sysctl -e`, read only) and the nftables ruleset of `ns`, in parallel; a failed read is left out. */
async function readSettings(exec: IpExec, ns: string, raw: RawNamespace): Promise<RawNamespace> {
  const names = (raw.links as { ifname?: string }[])
    .map((l) => l.ifname ?? '')
    .filter((n) => n && n !== 'lo');
  const keys = [...NAMESPACE_SYSCTLS, ...names.flatMap(linkSysctls)];
  const [sysctl, nft] = await Promise.all([
    exec(inNamespace(ns, ['sysctl', '-e', ...keys]), { timeoutMs: 5000 }),
    exec(inNamespace(ns, ['nft', 'list', 'ruleset']), { timeoutMs: 5000 }),
  ]);
  return {
    ...raw,
    ...(sysctl.code === 0 ? { sysctl: sysctl.stdout } : {}),
    ...(nft.code === 0 ? { nft: nft.stdout } : {}),
  };
}

/**
 * Raw `ip -j` output of the root namespace (as `host`) and every named namespace. With `only`, named
 * namespaces outside it are not read (the live-machine check looks only at the lab's names).
 */
export async function takeRawSnapshot(exec: IpExec, only?: ReadonlySet<string>): Promise<RawSnapshot> {
  const root = await batch(exec, null, `${NS_BATCH}netns list\n`);
  const named = ((root[5] ?? []) as { name?: string }[])
    .map((n) => n.name ?? '')
    .filter((n) => n !== '' && (!only || only.has(n)));
  const parts = await Promise.all([
    readSettings(exec, HOST_NS, rawOf(root)),
    ...named.map(async (n) => readSettings(exec, n, rawOf(await batch(exec, n, NS_BATCH)))),
  ]);
  const raw: RawSnapshot = {};
  [HOST_NS, ...named].forEach((n, i) => (raw[n] = parts[i] as RawNamespace));
  return raw;
}

/** Normalised snapshot (see normaliseSnapshot). */
export async function takeSnapshot(exec: IpExec, only?: ReadonlySet<string>): Promise<LabState> {
  return normaliseSnapshot(await takeRawSnapshot(exec, only));
}
