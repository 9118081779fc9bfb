import { describe, expect, it } from 'vitest';
import { LabError, labTry, parseAnswers, preflight, formatVerdict } from '../../src/lab/index.js';
import { fakeRunner } from './fake-runner.js';
import { seedNote } from './seed-note.js';

const environment = { mode: 'root' as const, tools: { ping: true, curl: true, nginx: true }, warnings: [] };

describe('labTry input handling (no process may start)', () => {
  it('refused input never runs: nothing is spawned and the exit code is 2', async () => {
    const runner = fakeRunner();
    const v = await labTry(seedNote(), 5, ['ip link set veth0 up', 'ip link set veth1 up; reboot'], {
      runner,
      environment,
    });
    expect(runner.calls).toEqual([]);
    expect(v.passed).toBe(false);
    expect(v.refused).toEqual([
      { command: 'ip link set veth1 up; reboot', reason: expect.stringMatching(/command lists/) as unknown },
    ]);
    expect(formatVerdict(v)).toMatch(/refused: ip link set veth1 up; reboot/);
  });

  it('a step the note does not have is a usage error (2), before any process', async () => {
    const runner = fakeRunner();
    const err = await labTry(seedNote(), 9, ['ip link'], { runner, environment }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LabError);
    expect((err as LabError).kind).toBe('usage');
    expect((err as LabError).message).toMatch(/steps: 1, 2, 3, 4, 5/);
    expect(runner.calls).toEqual([]);
  });

  it('parses answers: $ prompts, sudo, comments, blank lines, skipped installs', () => {
    const p = parseAnswers([
      '$ sudo ip link set veth0 up',
      '',
      '# bring it up',
      'apt install nginx\nip -n direct_netns l set veth1 up',
    ]);
    expect(p.planned.map((x) => x.action)).toEqual([
      { kind: 'ip', ns: 'host', args: ['link', 'set', 'veth0', 'up'], readOnly: false },
      { kind: 'ip', ns: 'direct_netns', args: ['l', 'set', 'veth1', 'up'], readOnly: false },
    ]);
    expect(p.skipped.map((s) => s.command)).toEqual(['apt install nginx']);
    expect(p.refused).toEqual([]);
  });
});

describe('preflight (fake probe)', () => {
  const probe = (over: { uid?: number; missing?: string[]; userns?: boolean }) => ({
    uid: over.uid ?? 0,
    has: (name: string) => !(over.missing ?? []).includes(name),
    userNamespaces: () => Promise.resolve(over.userns ?? false),
  });

  it('root with every tool and user namespaces: the confined root mode, no warnings', async () => {
    expect(await preflight(probe({ userns: true }))).toEqual({
      ok: true,
      mode: 'root',
      tools: { ping: true, curl: true, nginx: true },
      warnings: [],
    });
  });

  it('missing ip or nsenter: a reason and the install command', async () => {
    const r = await preflight(probe({ missing: ['ip', 'nsenter'] }));
    expect(r).toEqual({
      ok: false,
      reason: 'the lab needs ip, nsenter, which are not installed',
      fix: expect.stringMatching(/apt-get install -y iproute2 util-linux/) as unknown,
    });
  });

  it('root where user namespaces are forbidden: unconfined, with a warning that says so', async () => {
    const r = await preflight(probe({ userns: false }));
    expect(r).toMatchObject({ ok: true, mode: 'unconfined' });
    expect(r.ok && r.warnings[0]).toMatch(/user namespaces are not allowed here.*runs as root/);
  });

  it('not root: user namespaces when allowed, else a clear refusal', async () => {
    expect(await preflight(probe({ uid: 1000, userns: true }))).toMatchObject({ ok: true, mode: 'user' });
    const r = await preflight(probe({ uid: 1000, userns: false }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/not root.*user namespaces/);
  });

  it('missing nginx is a warning with the stand-in named', async () => {
    const r = await preflight(probe({ missing: ['nginx'], userns: true }));
    expect(r.ok && r.warnings[0]).toMatch(/nginx.*Node stands in/);
  });
});
