/**
 * Run the built CLI (`bin/bokseup.js`) as a user does: a child process with an argv array, on a
 * throwaway copy of a vault. The sample vault is never read or written: every vault here is a
 * temp copy of pristine fixtures, and each child runs in an empty folder with its own home (its XDG
 * data, config and cache folders), so no test reaches the repository's notes/ and data/ or the
 * user's own ~/.local/share/bokseup.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** A pristine copy of the sample vault (read only): notes/ itself changes as its user reviews. */
export const SAMPLE_VAULT = path.join(ROOT, 'test/fixtures/sample-vault');
/** The seed note's file name. */
export const SEED = 'Linux 네트워크 네임스페이스.md';
/** Fixtures of these tests. */
export const FIXTURES = path.join(ROOT, 'test/fixtures/cli');
/** "Today" of the sample vault, and its zone. */
export const SAMPLE_NOW = ['--now', '2026-11-29T10:00', '--tz', 'Asia/Seoul'];

/** The CLI's entry script. */
export const BIN = path.join(ROOT, 'bin/bokseup.js');
const ENTRY = path.join(ROOT, 'dist/app/main.js');

if (!existsSync(ENTRY)) {
  throw new Error(`${ENTRY} is missing: run \`npm run build\` first (\`npm test\` builds before vitest)`);
}
const builtAt = statSync(ENTRY).mtimeMs;
const staleSource = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).find(
  (f) => /\.tsx?$/.test(f) && statSync(path.join(ROOT, 'src', f)).mtimeMs > builtAt,
);
if (staleSource !== undefined) {
  console.warn(`[cli tests] src/${staleSource} is newer than dist/: run \`npm run build\` to test it`);
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd?: string;
  /** Added to the child's environment (undefined removes a variable). */
  env?: Record<string, string | undefined>;
  /** Written to stdin, then stdin is closed (default: closed at once). */
  input?: string | Buffer;
  timeoutMs?: number;
}

const created: string[] = [];

/** This process's stand-in for a home folder and a working directory: empty, and removed afterwards. */
export const HOME = mkdtempSync(path.join(tmpdir(), 'bokseup-home-'));
created.push(HOME);
const WORK = path.join(HOME, 'work');
mkdirSync(WORK);

/** The environment of a child: ours without any BOKSEUP_*, XDG_* or CI leaking in, zone and home pinned. */
function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'Asia/Seoul', HOME };
  for (const key of Object.keys(env))
    if (key.startsWith('BOKSEUP_') || key.startsWith('XDG_')) delete env[key];
  // Notes a test has just written are milliseconds old: no settle time (a test that wants it sets it).
  env.BOKSEUP_SETTLE_MS = '0';
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Run `node bin/bokseup.js ...args`; resolves with the exit code and both streams. */
export function runCli(args: readonly string[], opts: RunOptions = {}): Promise<CliResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? WORK,
      env: childEnv(opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: opts.timeoutMs ?? 60_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: performance.now() - started,
      }),
    );
    child.stdin.end(opts.input ?? '');
  });
}

/** Remove every temp vault this process made (call in afterAll). */
export function removeTempVaults(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temp folder holding a vault `v/` and the database path `db`. */
export interface TempVault {
  dir: string;
  vault: string;
  db: string;
  /** Absolute path of a note of the vault. */
  note: (name: string) => string;
  /** Run the CLI on this vault (`--vault`, `--db` first), in `dir`. */
  run: (args: readonly string[], opts?: RunOptions) => Promise<CliResult>;
}

/** Every file of the sample vault, as `makeVault` takes them: vault file name → source path. */
export function sampleFiles(): Record<string, string> {
  return Object.fromEntries(readdirSync(SAMPLE_VAULT).map((n) => [n, path.join(SAMPLE_VAULT, n)]));
}

/**
 * A fresh temp vault. `files` maps a vault file name to a source file to copy; by default the whole
 * sample vault is copied.
 */
export function makeVault(files?: Record<string, string>): TempVault {
  const dir = mkdtempSync(path.join(tmpdir(), 'bokseup-cli-'));
  const vault = path.join(dir, 'v');
  mkdirSync(vault);
  const sources = files ?? sampleFiles();
  for (const [name, source] of Object.entries(sources)) copyFileSync(source, path.join(vault, name));
  const db = path.join(dir, 'db');
  created.push(dir);
  return {
    dir,
    vault,
    db,
    note: (name) => path.join(vault, name),
    run: (args, opts = {}) => runCli(['--vault', vault, '--db', db, ...args], { cwd: dir, ...opts }),
  };
}

/** Modification time of a file in milliseconds. */
export const mtimeOf = (file: string): number => statSync(file).mtimeMs;

/** `stderr` without the notice a command prints once when it creates a database. */
export function quiet(stderr: string): string {
  return stderr.replace(/^bokseup: created the database .*\n/gm, '');
}
