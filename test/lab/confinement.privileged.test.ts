/**
 * Defence in depth, proven by going around the filter: a shell run inside a real sandbox through
 * the runner directly (no understanding, no allow-list) cannot read the host's secrets or write its
 * files, and a timeout kills the command with everything it started. Skipped (with the reason)
 * where the lab cannot run; run as root it checks the confined root mode.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, preflight, type Sandbox } from '../../src/lab/index.js';
import { suiteCanRun } from '../require-suite.js';

const pf = await preflight();
const ready = suiteCanRun('the lab confinement tests', pf.ok, pf.ok ? '' : pf.reason);
const mode = pf.ok ? pf.mode : 'root';
const TAG = `bokseup-confine-${process.pid}`;

describe.skipIf(!ready)('a shell inside the sandbox, bypassing the filter', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ mode });
  });
  afterAll(async () => {
    await sandbox.close();
    for (const p of [`/tmp/${TAG}`, `/var/tmp/${TAG}`, `/var/lib/${TAG}`]) rmSync(p, { force: true });
  });
  const sh = (script: string, timeoutMs = 3000) => sandbox.run(['sh', '-c', script], { timeoutMs });

  it.skipIf(mode !== 'root')(
    'runs as root inside but as nobody on the host: /etc/shadow unreadable',
    async () => {
      const r = await sh('id -u; cat /proc/self/uid_map; cat /etc/shadow');
      expect(r.stdout.split('\n')[0]).toBe('0');
      expect(r.stdout).toMatch(/^\s*0\s+65534\s+1\s*$/m);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/\/etc\/shadow: Permission denied/);
      expect(r.stdout).not.toMatch(/root:/);
    },
  );

  it('writes to the host file tree fail: / is read-only, /tmp a private tmpfs', async () => {
    const marker = `/tmp/${TAG}-host`;
    writeFileSync(marker, 'host');
    const r = await sh(
      `test -e ${marker} || echo host-tmp-hidden; echo x > /tmp/${TAG} && echo tmp-private; ` +
        `echo x > /var/tmp/${TAG} && echo var-tmp-written; ` +
        `echo x > /var/lib/${TAG} || echo var-lib-refused; echo x > /etc/${TAG} || echo etc-refused`,
    );
    rmSync(marker);
    expect(r.stdout).toMatch(/host-tmp-hidden/);
    expect(r.stdout).toMatch(/tmp-private/);
    expect(r.stdout).toMatch(/var-lib-refused/);
    expect(r.stdout).toMatch(/etc-refused/);
    expect(existsSync(`/tmp/${TAG}`)).toBe(false);
    expect(existsSync(`/var/tmp/${TAG}`)).toBe(false);
    expect(existsSync(`/var/lib/${TAG}`)).toBe(false);
    expect(existsSync(`/etc/${TAG}`)).toBe(false);
  });

  const nodeAtHome = /^\/(home|root)\//.test(process.execPath);
  it.skipIf(nodeAtHome)('home folders are hidden behind an empty tmpfs', async () => {
    const r = await sh('ls -A /root /home; echo end');
    expect(r.stdout.replace(/\s+/g, ' ').trim()).toBe('/home: /root: end');
  });

  it.skipIf(process.getuid?.() !== 0)(
    'the unconfined fallback (root where user namespaces are forbidden) still writes no host file',
    async () => {
      const bare = await createSandbox({ mode: 'unconfined' });
      try {
        const r = await bare.run(['sh', '-c', `echo x > /var/lib/${TAG} || echo refused`], {
          timeoutMs: 3000,
        });
        expect(r.stdout).toMatch(/refused/);
        expect(r.stderr).toMatch(/Read-only file system/);
        expect(existsSync(`/var/lib/${TAG}`)).toBe(false);
      } finally {
        await bare.close();
      }
    },
  );

  it('a timeout kills the command and everything it started, even what holds its pipes', async () => {
    const started = Date.now();
    const r = await sh('sleep 987.001 & sleep 987.002 & exec sleep 987.003', 500);
    const took = Date.now() - started;
    expect(r.timedOut).toBe(true);
    expect(took).toBeLessThan(1500);
    const left = await sh('for p in /proc/[0-9]*; do tr "\\0" " " < $p/cmdline; echo; done');
    expect(left.stdout).not.toMatch(/987\.00/);
    expect(hostProcessesMatching('987.00')).toEqual([]);
  });

  it('a command that exits but leaves a daemon holding its output does not hang the run', async () => {
    const started = Date.now();
    const r = await sh('setsid sleep 987.011 & echo started', 500);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(r).toMatchObject({ code: 0, timedOut: true });
    expect(r.stdout).toMatch(/started/);
  });
});

/** Host processes whose command line contains `text` (our own test's marker only). */
function hostProcessesMatching(text: string): string[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' ');
      } catch {
        return '';
      }
    })
    .filter((c) => c.includes(text));
}
