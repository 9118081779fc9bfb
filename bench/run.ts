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
import { runLabBench } from './run-lab-bench.js';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const cli = path.join(root, 'bin', 'bokseup.js');
// A pristine copy of the seed note (notes/ changes as its user reviews it).
const seed = path.join(root, 'test', 'fixtures', 'notes', 'seed', 'input.md');
/** The sample vault's NAT lab note (five steps: namespaces, veth pairs, routes, forwarding, MASQUERADE). */
const natLab = path.join(root, 'test', 'fixtures', 'sample-vault', 'Linux NAT와 MASQUERADE.md');
const notes = Number(process.env.BENCH_NOTES ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const now = '2026-11-29T09:00';

/** A figure's line: name, time, peak memory, and the target with whether it is met. */
function row(name: string, figure: Figure, target?: { text: string; met: boolean }): void {
  const ms = figure.ms.toFixed(0).padStart(7);
  const mb = figure.rssMb.toFixed(0).padStart(5);
  const goal = target === undefined ? '' : `${target.met ? 'met   ' : 'MISSED'} ${target.text}`;
  process.stdout.write(`${name.padEnd(34)} ${ms} ms ${mb} MB peak   ${goal}\n`);
}

const PEAK_MB = 300;

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
  const peaks: number[] = [];
  const measured = (f: Figure): Figure => (peaks.push(f.rssMb), f);
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
    row('floor: read + gray-matter', floor);
    const cold = measured(medianOf(Math.min(runs, 3), bokseup('ingest'), () => rmSync(db, { force: true })));
    const ratio = cold.ms / floor.ms;
    row('cold ingest', cold, { text: `≤ 3× floor: ${ratio.toFixed(2)}×`, met: ratio <= 3 });
    row('warm ingest (nothing changed)', measured(medianOf(runs, bokseup('ingest'))));
    const due = measured(medianOf(runs, bokseup('due')));
    row('due', due, { text: '< 500 ms', met: due.ms < 500 });
    row('due --json', measured(medianOf(runs, bokseup('due', '--json'))));
    const check = measured(medianOf(runs, bokseup('regen', '--check')));
    const checkRatio = check.ms / due.ms;
    row('regen --check', check, { text: `≤ 3× due: ${checkRatio.toFixed(2)}×`, met: checkRatio <= 3 });
    // The first card's key hints (`s skip` shows on a card asked or revealed: Enter is pressed until one shows).
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} review`;
    const screens: number[][] = [];
    for (let i = 0; i < runs; i++) screens.push(await timeToScreens(cmd, env, '7일 예보', 's skip'));
    const firstCard = screens.map((s) => s[1] ?? 0).sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
    const startScreen = screens.map((s) => s[0] ?? 0).sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
    process.stdout.write(`${'review: start screen'.padEnd(34)} ${startScreen.toFixed(0).padStart(7)} ms\n`);
    const cardMet = firstCard < 1000 ? 'met   ' : 'MISSED';
    process.stdout.write(
      `${'review: first card (after Enter)'.padEnd(34)} ${firstCard.toFixed(0).padStart(7)} ms             ${cardMet} < 1000 ms\n`,
    );
    const peak = Math.max(...peaks);
    const peakMet = peak < PEAK_MB ? 'met   ' : 'MISSED';
    process.stdout.write(
      `${'peak memory (any command above)'.padEnd(34)} ${peak.toFixed(0).padStart(13)} MB peak   ${peakMet} < ${PEAK_MB} MB\n`,
    );
    process.stdout.write(benchDoctor({ cli, root, runs }));
    await benchLabIfPossible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchLabIfPossible(): Promise<void> {
  process.stdout.write(`\n${await runLabBench({ cli, seed, runs })}`);
  // A second 5-step lab, one that runs sysctl and iptables in a router namespace.
  process.stdout.write(`\n${await runLabBench({ cli, seed: natLab, runs })}`);
}

await main();
