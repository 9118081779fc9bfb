/**
 * Real sandboxes, real `ip`: skipped (with the reason printed) where the lab cannot run.
 * One file, run sequentially, so the host checks see only this suite's processes.
 */
import { execFile, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkMachine,
  labDemo,
  type LabError,
  labTry,
  clearReferenceMemory,
  referenceFor,
  referenceKey,
  preflight,
  buildScenario,
  createSandbox,
  type IpExec,
  type RawNamespace,
  type RawSnapshot,
} from '../../src/lab/index.js';
import { fakeRunner } from './fake-runner.js';
import { captureHost, settleProcesses, type HostState } from './host-state.js';
import { noteCommands, seedNote } from './seed-note.js';
import { makeVault, removeTempVaults, SEED, type TempVault } from '../cli/run-cli.js';
import { suiteCanRun } from '../require-suite.js';

const pf = await preflight();
const ready = suiteCanRun(
  'the privileged lab tests',
  pf.ok && pf.tools.ping && pf.tools.curl && pf.tools.nginx,
  pf.ok ? 'ping, curl or nginx missing' : pf.reason,
);
const environment = pf.ok ? { mode: pf.mode, tools: pf.tools, warnings: pf.warnings } : undefined;
const opts = environment ? { environment } : {};
const note = seedNote();
const ROOT = new URL('../..', import.meta.url).pathname;

const temps: string[] = [];
/** A temp folder, removed after the suite. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!ready)('lab in a real sandbox', () => {
  let before: HostState;
  beforeAll(() => {
    before = captureHost();
  });

  afterAll(async () => {
    const after = captureHost();
    expect(after.netns).toBe(before.netns);
    expect(after.links).toEqual(before.links);
    expect(after.mounts).toEqual(before.mounts);
    expect(await settleProcesses(before.processes)).toEqual(before.processes);
  });

  it.each([1, 2, 3, 4])('the reference of step %i passes against itself', async (step) => {
    const v = await labTry(note, step, noteCommands(step), opts);
    expect(v.differences).toEqual([]);
    expect(v.passed).toBe(true);
  });

  it('step 5 as the note wrote it fails its own ping for the reason demo gives', async () => {
    const demo = await labDemo(note, opts);
    expect(demo.consistent).toBe(false);
    const repairs = demo.steps.find((s) => s.number === 5)?.repairs.map((r) => r.command);
    expect(repairs).toEqual(['ip link set veth0 up', 'ip netns exec direct_netns ip link set veth1 up']);
    expect(demo.findings[0]).toMatch(
      /step 5: the note shows `ping 10\.200\.0\.3` \(line \d+\) succeeding.*missing `ip link set veth0 up` and `ip netns exec direct_netns ip link set veth1 up`/,
    );
    const v = await labTry(note, 5, noteCommands(5), opts);
    expect(v.passed).toBe(false);
    expect(v.differences[0]?.explanation).toBe(
      'veth0 is down — did you run `ip link set veth0 up` in the host namespace?',
    );
    expect(v.differences.map((d) => d.hint)).toEqual(expect.arrayContaining(repairs ?? ['?']));
    expect(v.differences.find((d) => d.path === 'probe ping host→10.200.0.3')?.explanation).toMatch(
      /fails .*because veth0 is down/,
    );
  });

  it('a learner who brings the links up passes step 5', async () => {
    const v = await labTry(
      note,
      5,
      [...noteCommands(5), 'ip link set veth0 up', 'ip netns exec direct_netns ip link set veth1 up'],
      opts,
    );
    expect(v.differences).toEqual([]);
    expect(v.summary).toMatch(/passed.*3 checks pass/);
  });

  const up = ['ip link set veth0 up', 'ip -n direct_netns link set veth1 up'];
  it.each([
    [
      'wrong prefix',
      5,
      [
        'ip link set veth1 netns direct_netns',
        'ip a add 10.200.0.2/16 dev veth0',
        'ip netns exec direct_netns ip a add 10.200.0.3/24 dev veth1',
        ...up,
      ],
      /^veth0 has 10\.200\.0\.2\/16 instead of 10\.200\.0\.2\/24 — the prefix length is wrong$/,
    ],
    [
      'address in the wrong namespace',
      5,
      [
        'ip link set veth1 netns direct_netns',
        'ip a add 10.200.0.3/24 dev veth0',
        'ip netns exec direct_netns ip a add 10.200.0.2/24 dev veth1',
        ...up,
      ],
      /^10\.200\.0\.3\/24 is on veth0 in the host namespace, but it belongs on veth1 in direct_netns$/,
    ],
    [
      'link left down',
      5,
      [
        'ip link set veth1 netns direct_netns',
        'ip a add 10.200.0.2/24 dev veth0',
        'ip netns exec direct_netns ip a add 10.200.0.3/24 dev veth1',
        'ip link set veth0 up',
      ],
      /^veth1 is down — did you run `ip link set veth1 up` in direct_netns\?$/,
    ],
    [
      'wrong veth end moved',
      5,
      [
        'ip link set veth0 netns direct_netns',
        'ip a add 10.200.0.2/24 dev veth1',
        'ip netns exec direct_netns ip a add 10.200.0.3/24 dev veth0',
        'ip link set veth1 up',
        'ip -n direct_netns link set veth0 up',
      ],
      /^the wrong end of the veth pair was moved: veth0 is in direct_netns and veth1 stayed in the host namespace/,
    ],
    [
      'typo in a namespace name',
      3,
      ['ip netns add direct_netn'],
      /^namespace direct_netns is missing, but direct_netn exists — a typo for direct_netns\?$/,
    ],
    [
      'typo in a link name',
      2,
      ['ip link add veth0 type veth peer name vteh1'],
      /^veth1 is missing from the host namespace, but vteh1 exists there — a typo for veth1\?$/,
    ],
  ])('planted mistake: %s', async (_name, step, answers, explanation) => {
    const v = await labTry(note, step, answers, opts);
    expect(v.passed).toBe(false);
    // Root cause first: the planted mistake is the first finding (both swapped addresses are causes).
    const causes = v.differences.filter((d) => !d.path.startsWith('probe'));
    expect(causes.length).toBeGreaterThan(0);
    expect(causes.some((d) => explanation.test(d.explanation))).toBe(true);
    expect(v.differences[0]?.path.startsWith('probe')).toBe(false);
  });

  it('lab check reads the live machine without changing it and finds no lab there', async () => {
    const v = await checkMachine(note, opts);
    expect(v.passed).toBe(false);
    expect(v.differences[0]?.explanation).toBe(
      'namespace direct_netns is missing — did you run `ip netns add direct_netns`?',
    );
    expect(captureHost().netns).toBe(before.netns);
  });

  it.skipIf(process.getuid?.() !== 0)(
    'an unprivileged user gets the user-namespace sandbox and the same verdict',
    async (ctx) => {
      // `nobody` must be able to read this checkout (a clone inside a 0700 mktemp folder is not).
      const readable = await new Promise<boolean>((resolve) =>
        execFile(
          'setpriv',
          [
            '--reuid',
            '65534',
            '--regid',
            '65534',
            '--clear-groups',
            'test',
            '-r',
            join(ROOT, 'package.json'),
          ],
          (error) => resolve(error === null),
        ),
      );
      if (!readable) {
        console.log(
          `skipped: user "nobody" cannot read ${ROOT} (a parent folder is private), so it cannot run the lab code`,
        );
        ctx.skip();
      }
      const dir = tempDir('bokseup-lab-user-');
      const script = join(dir, 'user.mts');
      writeFileSync(
        script,
        `import { labTry } from '${ROOT}src/lab/lab-try.ts';
import { preflight } from '${ROOT}src/lab/sandbox/preflight.ts';
import { noteCommands, seedNote } from '${ROOT}test/lab/seed-note.ts';
const pf = await preflight();
const v = await labTry(seedNote(), 5, [...noteCommands(5), 'ip link set veth0 up', 'ip netns exec direct_netns ip link set veth1 up']);
console.log(JSON.stringify({ mode: pf.ok && pf.mode, passed: v.passed, differences: v.differences }));
`,
      );
      chmodSync(dir, 0o755);
      chmodSync(script, 0o644);
      const argv = [
        '--reuid',
        '65534',
        '--regid',
        '65534',
        '--clear-groups',
        process.execPath,
        '--import',
        'tsx',
        script,
      ];
      const out = await new Promise<string>((resolve) => {
        execFile('setpriv', argv, { cwd: ROOT, env: { ...process.env, HOME: dir } }, (_e, stdout, stderr) =>
          resolve(stdout + stderr),
        );
      });
      expect(JSON.parse(out.trim().split('\n').pop() ?? '{}')).toEqual({
        mode: 'user',
        passed: true,
        differences: [],
      });
    },
    30000,
  );

  it('without nginx, a page served by Node stands in and step 4 still passes', async () => {
    const env = { ...environment!, tools: { ...environment!.tools, nginx: false } };
    const v = await labTry(note, 4, noteCommands(4), { environment: env });
    expect(v.differences).toEqual([]);
    expect(v.commands.find((c) => c.text.includes('nginx'))?.output).toMatch(
      /nginx is not installed: serving the lab page with Node/,
    );
  });

  it('the reference is cached in a file keyed by the lab steps and reused without a sandbox', async () => {
    const cacheDir = tempDir('bokseup-lab-cache-');
    const scenario = buildScenario(note.labSteps);
    const deps = { mode: environment!.mode, tools: environment!.tools, cacheDir };
    clearReferenceMemory();
    const built = await referenceFor(scenario, deps);
    expect(readdirSync(cacheDir)).toEqual([`lab-reference-${referenceKey(scenario, deps)}.json`]);
    clearReferenceMemory();
    const runner = fakeRunner();
    expect(await referenceFor(scenario, { ...deps, runner })).toEqual(built);
    expect(runner.calls).toEqual([]);
  });

  it('lab check compares only the lab names of a live machine (fake ip reads) and passes a finished lab', async () => {
    const raw = JSON.parse(
      readFileSync(new URL('./fixtures/step5-links-up.raw.json', import.meta.url), 'utf8'),
    ) as RawSnapshot;
    const eth0 = {
      ifindex: 9,
      ifname: 'eth0',
      flags: ['UP', 'LOWER_UP'],
      link_type: 'ether',
      addr_info: [{ local: '192.0.2.2', prefixlen: 24, scope: 'global' }],
    };
    const lines = (ns: RawNamespace, extra: unknown[][] = []) =>
      [ns.links, ns.routes, ns.nsids, ns.rules ?? [], ns.neighbours ?? [], ...extra]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n';
    const reads: string[][] = [];
    const hostExec: IpExec = (argv) => {
      reads.push(argv);
      const named = argv[1] === '-n';
      const stdout = named
        ? lines(raw.direct_netns!)
        : lines({ ...raw.host!, links: [...raw.host!.links, eth0] }, [
            [{ name: 'direct_netns' }, { name: 'docker_ns' }],
          ]);
      return Promise.resolve({ code: 0, stdout, stderr: '', timedOut: false });
    };
    const v = await checkMachine(note, { ...opts, hostExec });
    expect(v.differences).toEqual([]);
    expect(v.summary).toMatch(/^This machine matches the lab after step 5/);
    // Only reads: `ip -j -batch`, `sysctl -e KEY…` (never -w), `nft list ruleset`, and probes.
    const settings = (a: string[]) =>
      (a.includes('sysctl') && !a.includes('-w')) || a.join(' ').endsWith('nft list ruleset');
    const ipReads = reads.filter((a) => a[0] === 'ip');
    expect(ipReads.every((a) => a.includes('-j') && a.includes('-batch'))).toBe(true);
    expect(reads.some((a) => a.includes('docker_ns'))).toBe(false);
    // The step's probes went where the state was read, only to the lab's own addresses.
    const probes = reads.filter((a) => a[0] !== 'ip' && !settings(a)).map((a) => a[a.length - 1]);
    expect(probes.sort()).toEqual(['10.200.0.2', '10.200.0.3', '10.200.0.3']);
    const failing: IpExec = () =>
      Promise.resolve({ code: 255, stdout: '', stderr: 'Operation not permitted', timedOut: false });
    const err = await checkMachine(note, { ...opts, hostExec: failing }).catch((e: unknown) => e);
    expect((err as LabError).kind).toBe('environment');
  });

  it('aborting a check tears its sandbox down and rejects with "cancelled"', async () => {
    const controller = new AbortController();
    const pending = labTry(note, 5, noteCommands(5), { ...opts, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    const err = await pending.catch((e: unknown) => e);
    expect((err as LabError).message).toBe('the lab check was cancelled');
    expect(await settleProcesses(before.processes)).toEqual(before.processes);
  });

  it('100 sandbox create/teardown cycles leave nothing behind', async () => {
    for (let i = 0; i < 100; i++) {
      const sb = await createSandbox({ mode: environment?.mode ?? 'root' });
      await sb.close();
    }
    expect(await settleProcesses(before.processes)).toEqual(before.processes);
    expect(captureHost().mounts).toEqual(before.mounts);
  }, 60000);

  it('kill -9 of our process leaves no sandbox, namespace, nginx or mount behind', async () => {
    const dir = tempDir('bokseup-lab-');
    const script = join(dir, 'child.mts');
    writeFileSync(
      script,
      `import { createSandbox } from '${ROOT}src/lab/sandbox/sandbox.ts';
const sb = await createSandbox({ mode: '${environment?.mode ?? 'root'}' });
for (const argv of [['ip','netns','add','k9'], ['ip','link','add','k9a','type','veth','peer','name','k9b'], ['nsenter','--net=/run/netns/k9','--','nginx','-c','/run/bokseup/nginx.conf','-e','/run/bokseup/nginx-error.log']]) {
  const r = await sb.run(argv); if (r.code !== 0) { console.log('fail', argv.join(' '), r.stderr); process.exit(1); }
}
console.log('up'); setInterval(() => undefined, 1000);
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve) =>
      child.stdout.once('data', (d: Buffer) => resolve(d.toString())),
    );
    expect(line.trim()).toBe('up');
    expect(captureHost().processes.some((p) => p.includes('nginx: master'))).toBe(true);
    child.kill('SIGKILL');
    expect(await settleProcesses(before.processes)).toEqual(before.processes);
    const after = captureHost();
    expect(after.netns).toBe(before.netns);
    expect(after.links).toEqual(before.links);
    expect(after.mounts).toEqual(before.mounts);
  }, 30000);
});

const step5 = [
  'ip link set veth1 netns direct_netns',
  'ip a add 10.200.0.2/24 dev veth0',
  'ip netns exec direct_netns ip a add 10.200.0.3/24 dev veth1',
];
const linksUp = ['ip link set veth0 up', 'ip netns exec direct_netns ip link set veth1 up'];
const answers = (lines: string[]) => lines.flatMap((l) => ['--answer', l]);

/**
 * `lab try` as a user runs it: exit codes (0 pass, 1 fail, 2 usage or refused input), `--json`,
 * answers on stdin, and no sandbox left behind on any path, including those that stop before the
 * check (the CLI starts its sandbox early, while it reads the vault).
 */
describe.skipIf(!ready)('lab try through the CLI', () => {
  let before: HostState;
  let v: TempVault;
  beforeAll(() => {
    before = captureHost();
    v = makeVault();
  });
  afterAll(async () => {
    removeTempVaults();
    expect(await settleProcesses(before.processes)).toEqual(before.processes);
    const after = captureHost();
    expect(after.netns).toBe(before.netns);
    expect(after.links).toEqual(before.links);
  });

  it('exits 0 when the answer passes, 1 when it does not, with the verdict in --json', async () => {
    const pass = await v.run(['lab', 'try', SEED, '--step', '5', ...answers([...step5, ...linksUp])]);
    expect(pass.stdout).toMatch(/passed: the state matches the reference and 3 checks pass/);
    expect(pass.code).toBe(0);
    const fail = await v.run(['--json', 'lab', 'try', SEED, '--step', '5', ...answers(step5)]);
    expect(fail.code).toBe(1);
    const verdict = JSON.parse(fail.stdout) as { passed: boolean; differences: { explanation: string }[] };
    expect(verdict.passed).toBe(false);
    expect(verdict.differences[0]?.explanation).toMatch(/^veth0 is down/);
  }, 30000);

  it('reads one command per line from stdin', async () => {
    const r = await v.run(['lab', 'try', SEED, '--step', '5'], {
      input: `${[...step5, ...linksUp].join('\n')}\n`,
    });
    expect(r.code).toBe(0);
  }, 30000);

  it('leaves no sandbox behind when it stops before the check', async () => {
    const refused = await v.run(['lab', 'try', SEED, '--step', '5', '--answer', 'ip link; rm -rf /']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/nothing ran/);
    const noLab = await v.run(['lab', 'try', 'DNS 동작 원리.md', '--step', '1', '--answer', 'ip link']);
    expect(noLab.code).toBe(2);
    expect(noLab.stderr).toMatch(/has no lab/);
    const badStep = await v.run(['lab', 'try', SEED, '--step', '9', '--answer', 'ip link']);
    expect(badStep.code).toBe(2);
    expect(badStep.stderr).toMatch(/no lab step 9 \(steps: 1, 2, 3, 4, 5\)/);
    const missing = await v.run(['lab', 'try', 'nope.md', '--step', '1', '--answer', 'ip link']);
    expect(missing.code).not.toBe(0);
    expect(await settleProcesses(before.processes)).toEqual(before.processes);
  }, 30000);
});
