/**
 * `npm run bench`, the encoding repair: how many of the seed's 500 damaged characters come back
 * right, with no corpus (the seed alone in a vault) and with one (the sample vault's other notes, from the repository's pristine copy),
 * and how long `doctor --fix-encoding --dry-run` takes on each vault. Prints figures, fails nothing.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { profileAnchors } from '../src/doctor/profile-anchors.js';
import { repairDoubleEncoding, repairModel } from '../src/doctor/repair-double-encoding.js';
import { scoreRepair } from '../src/doctor/score-repair.js';
import { koreanProfile } from '../src/note/profile.js';
import { renderYamlKey } from '../src/note/yaml-scalar-render.js';
import { medianOf, runNode } from './measure.js';

export interface DoctorBenchOptions {
  /** bin/bokseup.js */
  cli: string;
  /** Repository root. */
  root: string;
  runs: number;
}

function accuracy(clean: string, damaged: string, corpus: string[]): string {
  const anchors = profileAnchors(koreanProfile, renderYamlKey);
  const r = repairDoubleEncoding(damaged, corpus, { anchors, model: repairModel(corpus) });
  const s = scoreRepair(clean, r);
  return `${s.right}/${s.damaged} right (${((100 * s.right) / s.damaged).toFixed(1)}%)`;
}

function timeDryRun(o: DoctorBenchOptions, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bokseup-doctor-bench-'));
  try {
    for (const [name, source] of Object.entries(files)) copyFileSync(source, path.join(dir, name));
    const env = { ...process.env, BOKSEUP_DB: path.join(dir, '.db') };
    const args = [o.cli, '--vault', dir, 'doctor', '--fix-encoding', '--dry-run', 'seed.md'];
    const f = medianOf(o.runs, () => runNode(args, env));
    return `${f.ms.toFixed(0).padStart(7)} ms ${f.rssMb.toFixed(0).padStart(5)} MB peak`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report's lines. */
export function benchDoctor(o: DoctorBenchOptions): string {
  const seedName = 'Linux 네트워크 네임스페이스.md';
  // The repository's pristine copies: notes/ changes as its user reviews it.
  const notes = path.join(o.root, 'test/fixtures/sample-vault');
  const damagedFile = path.join(o.root, 'test/doctor/fixtures/seed-double-encoded.txt');
  const clean = readFileSync(path.join(o.root, 'test/doctor/fixtures/seed-clean.md'), 'utf8');
  const damaged = readFileSync(damagedFile, 'utf8');
  const others = readdirSync(notes).filter((n) => n.endsWith('.md') && n !== seedName);
  const vault = Object.fromEntries(others.map((n) => [n, path.join(notes, n)]));
  const rows = [
    [
      'doctor --fix-encoding, seed alone',
      accuracy(clean, damaged, []),
      timeDryRun(o, { 'seed.md': damagedFile }),
    ],
    [
      `doctor --fix-encoding, + ${others.length} notes`,
      accuracy(
        clean,
        damaged,
        others.map((n) => readFileSync(path.join(notes, n), 'utf8')),
      ),
      timeDryRun(o, { ...vault, 'seed.md': damagedFile }),
    ],
  ];
  return rows.map(([name, acc, time]) => `${(name ?? '').padEnd(34)} ${time}   ${acc}\n`).join('');
}
