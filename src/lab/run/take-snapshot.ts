/**
 * Snapshot the namespaces of a sandbox (or of the live machine, read-only) with batched `ip -j -d`:
 * one call for the root namespace (which also lists the named ones), then one per named namespace,
 * in parallel. Only reads: `addr show`, `route show table all`, `netns list-id`, `rule show`,
 * `neigh show nud permanent`, `netns list`.
 */
import type { RunOptions, RunResult } from '../sandbox/process-runner.js';
import { normaliseSnapshot } from '../state/normalise.js';
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

/**
 * Raw `ip -j` output of the root namespace (as `host`) and every named namespace. With `only`, named
 * namespaces outside it are not read (the live-machine check looks only at the lab's names).
 */
export async function takeRawSnapshot(exec: IpExec, only?: ReadonlySet<string>): Promise<RawSnapshot> {
  const root = await batch(exec, null, `${NS_BATCH}netns list\n`);
  const named = ((root[5] ?? []) as { name?: string }[])
    .map((n) => n.name ?? '')
    .filter((n) => n !== '' && (!only || only.has(n)));
  const parts = await Promise.all(named.map((n) => batch(exec, n, NS_BATCH)));
  const raw: RawSnapshot = { [HOST_NS]: rawOf(root) };
  named.forEach((n, i) => (raw[n] = rawOf(parts[i] ?? [])));
  return raw;
}

/** Normalised snapshot (see normaliseSnapshot). */
export async function takeSnapshot(exec: IpExec, only?: ReadonlySet<string>): Promise<LabState> {
  return normaliseSnapshot(await takeRawSnapshot(exec, only));
}
