/**
 * The fault half of the fuzz suite, at the CLI: a vault of fuzzed notes (note-mutations.ts, a
 * fixed seed) beside the pristine sample notes, run through every command that reads a vault,
 * each child held to a 256 MB heap (`--max-old-space-size`: an unbounded parse aborts the child,
 * which fails the test). Properties: no stack trace, an exit code of DESIGN §4 for findings (0 or
 * 1), every error names a file of the vault with a line, every note with an error is left
 * byte-identical by `regen`, and the pristine notes are still listed by `due`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVault, removeTempVaults, SAMPLE_NOW, type CliResult, type TempVault } from '../cli/run-cli.js';
import { mutatedNoteArb } from './note-mutations.js';

const NOTES = Number(process.env.FUZZ_VAULT_NOTES ?? 60);
const BOUNDED = { env: { NODE_OPTIONS: '--max-old-space-size=256' }, timeoutMs: 60_000 };

let v: TempVault;
const fuzzed: string[] = [];
const tally = { runs: 0, crashes: 0 };
beforeAll(() => {
  v = makeVault();
  fc.sample(mutatedNoteArb, { numRuns: NOTES, seed: Number(process.env.FUZZ_SEED ?? 7) }).forEach(
    (note, i) => {
      const name = `fuzz-${String(i).padStart(3, '0')}.md`;
      writeFileSync(v.note(name), note.bytes);
      fuzzed.push(name);
    },
  );
});
afterAll(() => {
  console.log(
    `fuzz (CLI): ${fuzzed.length} notes in one vault, ${tally.runs} command runs, ${tally.crashes} crashes`,
  );
  removeTempVaults();
});

/** Run a command on the fuzzed vault and check what every command must hold. */
async function run(args: string[]): Promise<CliResult> {
  const r = await v.run([...args, ...SAMPLE_NOW], BOUNDED);
  tally.runs++;
  const crashed = r.stderr.includes('    at ') || r.code === null || r.code > 1;
  if (crashed) tally.crashes++;
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr).not.toMatch(/FATAL ERROR|internal error/);
  expect([0, 1]).toContain(r.code);
  return r;
}

interface Report {
  scanned: number;
  errors: { path: string; line: number; rule: string }[];
}

describe(`a vault of ${NOTES} fuzzed notes`, () => {
  let report: Report;
  it('ingest --json: every error names a vault file and a line', async () => {
    const r = await run(['ingest', '--json']);
    report = JSON.parse(r.stdout) as Report;
    expect(report.scanned).toBeGreaterThanOrEqual(NOTES);
    for (const e of report.errors) {
      expect(fuzzed).toContain(e.path);
      expect(e.line).toBeGreaterThanOrEqual(0);
    }
  });

  it('due, stats, calendar and doctor hold; the pristine notes are still due', async () => {
    const due = await run(['due', '--json', '--days', '30']);
    const paths = (JSON.parse(due.stdout) as { path: string }[]).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['Big-O notation.md', 'TCP 3-way handshake.md']));
    for (const args of [['stats'], ['calendar'], ['doctor']]) await run(args);
  });

  it('regen leaves every note with an error byte-identical', async () => {
    const bad = [...new Set(report.errors.map((e) => e.path))];
    const before = new Map(bad.map((p) => [p, readFileSync(v.note(p))]));
    await run(['regen', '--dry-run']);
    await run(['regen']);
    for (const [p, bytes] of before) expect(readFileSync(v.note(p)).equals(bytes), p).toBe(true);
  });
});
