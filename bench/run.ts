/**
 * `npm run bench`: speed and memory figures on a generated vault (default 10 000 seed-sized notes).
 * Prints medians; targets are printed next to them, nothing here fails a build.
 *
 *   BENCH_NOTES=2000 BENCH_RUNS=3 npm run bench
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDoctor } from './doctor-bench.js';
import { generateVault } from './generate-vault.js';
import { medianOf, runNode, timeToScreens, type Figure } from './measure.js';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const cli = path.join(root, 'bin', 'bokseup.js');
const seed = path.join(root, 'notes', 'Linux 네트워크 네임스페이스.md');
const notes = Number(process.env.BENCH_NOTES ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const now = '2026-11-29T09:00';

function row(name: string, figure: Figure, target = ''): void {
  const ms = figure.ms.toFixed(0).padStart(7);
  const mb = figure.rssMb.toFixed(0).padStart(5);
  process.stdout.write(`${name.padEnd(34)} ${ms} ms ${mb} MB peak   ${target}\n`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bokseup-bench-'));
  const vault = path.join(dir, 'vault');
  const db = path.join(dir, 'bench.db');
  const env = {
    ...process.env,
    BOKSEUP_VAULT: vault,
    BOKSEUP_DB: db,
    BOKSEUP_NOW: now,
    BOKSEUP_TZ: 'Asia/Seoul',
    NO_COLOR: '1',
  };
  const bokseup =
    (...args: string[]) =>
    () =>
      runNode([cli, ...args], env);
  try {
    generateVault(vault, seed, notes, now.slice(0, 10));
    process.stdout.write(
      `bokseup bench: ${notes} notes, median of ${runs} runs, node ${process.version}, ${os.cpus().length} CPUs\n\n`,
    );
    // This machine's speed at the moment (a shared VM can vary by half from one hour to the next).
    row(
      'node -e 0 (Node start, for scale)',
      medianOf(runs, () => runNode(['-e', '0'], env)),
    );
    const floor = medianOf(runs, () => runNode([path.join(root, 'dist', 'bench', 'floor.js'), vault], env));
    row('floor: read + parse frontmatter', floor);
    const cold = medianOf(Math.min(runs, 3), bokseup('ingest'), () => rmSync(db, { force: true }));
    row('cold ingest', cold, `target ≤ 3× floor: ${(cold.ms / floor.ms).toFixed(2)}×`);
    row('warm ingest (nothing changed)', medianOf(runs, bokseup('ingest')));
    row('due', medianOf(runs, bokseup('due')), 'target < 500 ms');
    row('due --json', medianOf(runs, bokseup('due', '--json')));
    row('regen --check', medianOf(runs, bokseup('regen', '--check')));
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} review`;
    const screens: number[][] = [];
    for (let i = 0; i < runs; i++) screens.push(await timeToScreens(cmd, env, '7일 예보', 'Space reveal'));
    const firstCard = screens.map((s) => s[1] ?? 0).sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
    const startScreen = screens.map((s) => s[0] ?? 0).sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
    process.stdout.write(`${'review: start screen'.padEnd(34)} ${startScreen.toFixed(0).padStart(7)} ms\n`);
    process.stdout.write(
      `${'review: first card (after Enter)'.padEnd(34)} ${firstCard.toFixed(0).padStart(7)} ms        target < 1000 ms\n`,
    );
    process.stdout.write(benchDoctor({ cli, root, runs }));
    await benchLabIfPossible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchLabIfPossible(): Promise<void> {
  const labModule = '../src/lab/run-lab-bench.js';
  const lab = (await import(labModule).catch(() => null)) as {
    runLabBench?: (o: object) => Promise<string>;
  } | null;
  if (!lab?.runLabBench) return;
  process.stdout.write(`\n${await lab.runLabBench({ cli, seed, runs })}`);
}

await main();
