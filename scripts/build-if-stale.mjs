/**
 * `npm start`'s first step: build only when the build is out of date. A build (tsc, then the
 * esbuild bundle) takes several seconds even when nothing changed; this compares a hash of every
 * input of the build (src/, bench/, the build scripts and configs, the lockfile) with the one the
 * last build left in dist/.build-key (`npm run build` records it, with `--record`), and runs
 * `npm run build` only when they differ or dist/ is incomplete. A hash, not mtimes: a `git checkout` of older files must rebuild too.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const KEY_FILE = join(root, 'dist', '.build-key');
const FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'scripts/bundle.mjs',
];
const FOLDERS = ['src', 'bench'];
const OUTPUTS = ['dist/app/main.js', 'dist/app/meta.json'];

/** Every input file, relative to the root, in a fixed order. */
function inputs() {
  const found = FILES.filter((f) => existsSync(join(root, f)));
  for (const folder of FOLDERS) {
    const entries = readdirSync(join(root, folder), { recursive: true, withFileTypes: true });
    for (const e of entries) if (e.isFile()) found.push(relative(root, join(e.parentPath ?? e.path, e.name)));
  }
  return found.sort();
}

/** sha256 over every input's path and bytes. */
function buildKey() {
  const hash = createHash('sha256');
  for (const file of inputs())
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

const key = buildKey();
if (process.argv.includes('--record')) {
  // The last step of `npm run build`: what it built from.
  writeFileSync(KEY_FILE, `${key}\n`);
  process.exit(0);
}
const built = OUTPUTS.every((f) => existsSync(join(root, f)));
const stored = existsSync(KEY_FILE) ? readFileSync(KEY_FILE, 'utf8').trim() : null;
if (!built || stored !== key) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
