/**
 * Things a user can cause, each one clear line and the exit code of DESIGN §4, never a stack trace
 * (issue 11 point 4, issue 12 point 8): a first study date near year 10 000 (that note gets one
 * error, the rest of the vault goes on), a reader that closes the pipe, `calendar --out` into a
 * missing folder, a read-only vault and database folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suiteCanRun } from '../require-suite.js';
import {
  BIN,
  HOME,
  makeVault,
  removeTempVaults,
  SAMPLE_NOW,
  SAMPLE_VAULT,
  type TempVault,
} from './run-cli.js';

let v: TempVault;
beforeAll(() => {
  v = makeVault();
  const seed = readFileSync(path.join(SAMPLE_VAULT, 'TCP 3-way handshake.md'), 'utf8');
  writeFileSync(v.note('far.md'), seed.replace('➕첫 학습날: 2026-11-28', '➕첫 학습날: 9999-12-31'));
});
afterAll(removeTempVaults);

const noTrace = (stderr: string): void => expect(stderr).not.toContain('    at ');

describe('a first study date of 9999-12-31', () => {
  for (const command of [['due', '--json'], ['regen', '--dry-run'], ['calendar'], ['stats']]) {
    it(`${command[0]}: one error for that note (file:line), the others go on, exit 1`, async () => {
      const r = await v.run([...command, ...SAMPLE_NOW]);
      noTrace(r.stderr);
      expect(r.code).toBe(1);
      const errors = r.stderr.split('\n').filter((l) => l.includes('far.md'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^far\.md:2: .*first-study-out-of-range/);
      if (command[0] === 'due') expect(JSON.parse(r.stdout)).toHaveLength(5);
    });
  }

  it('9999-12-17 (the last day whose 14-day review fits) is accepted', async () => {
    const ok = makeVault({ 'TCP 3-way handshake.md': path.join(SAMPLE_VAULT, 'TCP 3-way handshake.md') });
    const text = readFileSync(ok.note('TCP 3-way handshake.md'), 'utf8');
    writeFileSync(ok.note('TCP 3-way handshake.md'), text.replace('2026-11-28', '9999-12-17'));
    const r = await ok.run(['due', '--days', '3', ...SAMPLE_NOW]);
    noTrace(r.stderr);
    expect(r.code).toBe(0);
  });

  it('a window past 9999-12-31 is one usage line', async () => {
    const r = await v.run(['due', '--days', '99999999', ...SAMPLE_NOW]);
    noTrace(r.stderr);
    expect(r.stderr).toMatch(/^bokseup: .*outside the years 1 to 9999$/m);
    expect(r.code).toBe(2);
  });
});

/** Run the CLI with its stdout's reading end closed before it writes anything. */
function runIntoClosedPipe(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--vault', v.vault, '--db', v.db, ...args], {
      cwd: v.dir,
      env: { ...process.env, HOME, TZ: 'Asia/Seoul' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed pipe (`| head -1`)', () => {
  for (const command of [['regen', '--dry-run'], ['due'], ['stats']]) {
    it(`${command.join(' ')} exits quietly`, async () => {
      const r = await runIntoClosedPipe([...command, ...SAMPLE_NOW]);
      noTrace(r.stderr);
      expect(r.stderr).not.toMatch(/EPIPE/);
      expect(r.code).toBe(1); // far.md's error, as with an open pipe
    });
  }
});

describe('a vault on a kernel file system', () => {
  for (const vault of ['/proc', '/dev']) {
    it(`--vault ${vault}: one usage line at once (walking /proc never ends)`, async () => {
      const db = path.join(v.dir, `kernel-${path.basename(vault)}.db`);
      const r = await v.run(['--vault', vault, '--db', db, 'due', ...SAMPLE_NOW], { timeoutMs: 10_000 });
      noTrace(r.stderr);
      expect(r.stderr.trim()).toBe(`bokseup: the vault folder ${vault} is on a kernel file system`);
      expect(r.code).toBe(2);
      expect(r.ms).toBeLessThan(5000);
      expect(existsSync(db)).toBe(false);
    });
  }
});

describe('calendar --out', () => {
  it('into a missing folder: one usage line before any work, exit 2', async () => {
    const out = path.join(v.dir, 'missing', 'reviews.ics');
    const r = await v.run(['calendar', '--out', out, ...SAMPLE_NOW]);
    noTrace(r.stderr);
    expect(r.stderr.trim()).toBe(`bokseup: --out ${out}: the folder ${path.dirname(out)} does not exist`);
    expect(r.code).toBe(2);
  });

  it('onto a folder: one usage line, exit 2', async () => {
    const r = await v.run(['calendar', '--out', v.dir, ...SAMPLE_NOW]);
    noTrace(r.stderr);
    expect(r.stderr).toContain(`--out ${v.dir}: this is a folder`);
    expect(r.code).toBe(2);
  });
});

/**
 * Root ignores file modes: there the CLI runs as root without the two capabilities that bypass them
 * (setpriv), so modes apply as to any owner — and the checkout may sit in a folder only root can
 * enter (a clone under /root, or in a 0700 temp folder). Elsewhere it runs as the user itself.
 */
const asRoot = process.getuid?.() === 0;
const setpriv = spawnSync('setpriv', ['--version']).status === 0;
const canDrop = !asRoot || setpriv;
const NO_DAC = '-dac_override,-dac_read_search';
const WITHOUT_DAC = ['setpriv', `--bounding-set=${NO_DAC}`, `--inh-caps=${NO_DAC}`];

/** A temp folder for those runs: a read-only vault and database folder, and a writable home. */
const RO = mkdtempSync(path.join(tmpdir(), 'bokseup-ro-'));
const NOBODY_HOME = path.join(RO, 'home');
const RO_VAULT = path.join(RO, 'ro', 'vault');
afterAll(() => {
  chmodSync(path.join(RO, 'ro'), 0o755);
  chmodSync(RO_VAULT, 0o755);
  rmSync(RO, { recursive: true, force: true });
});

function runReadOnly(
  args: readonly string[],
  vault = RO_VAULT,
): { code: number | null; stderr: string; stdout: string } {
  const node = [process.execPath, BIN, '--vault', vault, ...args];
  const argv = asRoot ? [...WITHOUT_DAC, '--', ...node] : node;
  const r = spawnSync(argv[0] ?? '', argv.slice(1), {
    cwd: NOBODY_HOME,
    env: { ...process.env, HOME: NOBODY_HOME, TZ: 'Asia/Seoul' },
    encoding: 'utf8',
  });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe.runIf(suiteCanRun('read-only vault', canDrop, 'running as root without setpriv'))(
  'a read-only vault',
  () => {
    beforeAll(() => {
      chmodSync(RO, 0o755);
      cpSync(SAMPLE_VAULT, RO_VAULT, { recursive: true });
      mkdirSync(NOBODY_HOME);
      chmodSync(NOBODY_HOME, 0o777);
      for (const dir of [RO_VAULT, path.join(RO, 'ro')]) chmodSync(dir, 0o555);
    });

    const db = (): string => path.join(NOBODY_HOME, 'ro.db');

    it('read commands work', () => {
      const r = runReadOnly(['--db', db(), 'due', ...SAMPLE_NOW]);
      noTrace(r.stderr);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/due today/);
    });

    it('a database in a read-only folder: one line naming it, exit 3', () => {
      const file = path.join(RO, 'ro', 'x.db');
      const r = runReadOnly(['--db', file, 'due', ...SAMPLE_NOW]);
      noTrace(r.stderr);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(file);
      expect(r.code).toBe(3);
    });

    it('regen reports that it cannot write, without a trace', () => {
      const r = runReadOnly(['--db', db(), 'regen', '--now', '2026-12-01T09:00']);
      noTrace(r.stderr);
      expect(r.stderr).toMatch(/permission denied|read-only/);
      expect(r.code).not.toBe(0);
    });

    it('an unreadable note: regen names it, regenerates the others and exits 1', () => {
      const vault = path.join(RO, 'writable');
      cpSync(SAMPLE_VAULT, vault, { recursive: true });
      chmodSync(vault, 0o777);
      for (const name of readdirSync(vault)) chmodSync(path.join(vault, name), 0o666);
      chmodSync(path.join(vault, 'Big-O notation.md'), 0o000);
      const file = path.join(NOBODY_HOME, 'w.db');
      const r = runReadOnly(['--db', file, 'regen', '--now', '2026-12-01T09:00'], vault);
      noTrace(r.stderr);
      expect(r.stderr).toMatch(
        /^Big-O notation\.md: error: cannot read the file.*\[unreadable\] — not written$/m,
      );
      // Every note of the sample vault but the unreadable one.
      const others = readdirSync(vault).filter((n) => n.endsWith('.md')).length - 1;
      expect(r.stdout).toMatch(new RegExp(`^${others} notes regenerated`, 'm'));
      expect(r.code).toBe(1);
      const doctor = runReadOnly(['--db', file, 'doctor'], vault);
      noTrace(doctor.stderr);
      expect(doctor.stdout).toMatch(
        /^Big-O notation\.md: error: cannot read the file \(EACCES\) \[unreadable\]$/m,
      );
      expect(doctor.code).toBe(1);
      const named = runReadOnly(['--db', file, 'regen', 'Big-O notation.md'], vault);
      noTrace(named.stderr);
      expect(named.stderr).toMatch(/^Big-O notation\.md: error: .*\[unreadable\]/m);
      expect(named.code).toBe(1);
    });
  },
);
