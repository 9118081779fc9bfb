/**
 * The fuzz suite, in process (issue 11 point 5): fast-check mutates the sample notes (see
 * note-mutations.ts) and every mutated note goes through what every command does with a file:
 * decode, parse, schedule, recompute the derived fields. Properties: nothing throws; every
 * diagnostic names the file, with a line inside the note (0 for the whole file); a note with a
 * fatal diagnostic is never rewritten; each note takes bounded time. `FUZZ_RUNS` sets the number of
 * notes (default 400); the figure is printed for the closing note of the issue.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNote, PROFILES } from '../../src/note/index.js';
import { rewriteNote, staleKeys } from '../../src/regen/index.js';
import { scheduleNote } from '../../src/schedule/index.js';
import { decodeNote } from '../../src/vault/index.js';
import { mutatedNoteArb, type MutatedNote } from './note-mutations.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const FILE = 'fuzz/mutated note.md';
const CLOCK = { now: new Date('2026-11-29T01:00:00Z'), tz: 'Asia/Seoul' };
/** A generous per-note bound: the slowest mutation (a 2 MB value) takes well under 100 ms. */
const NOTE_MS = 3000;

const tally = { notes: 0, crashes: 0, fatal: 0, undecodable: 0 };
afterAll(() => {
  console.log(
    `fuzz (in process): ${tally.notes} notes fuzzed, ${tally.crashes} crashes, ${tally.fatal} with a fatal diagnostic, ${tally.undecodable} not UTF-8`,
  );
});

/** Run every step a command runs on a note; throws (a crash) or fails an expectation. */
function exercise(note: MutatedNote): void {
  const file = decodeNote(note.bytes);
  if (file.text === null) {
    tally.undecodable++;
    expect(file.encodingError?.line).toBeGreaterThanOrEqual(1);
    return;
  }
  const lines = file.text.split('\n').length;
  const parsed = parseNote(FILE, file.text);
  for (const d of parsed.diagnostics) {
    expect(d.file).toBe(FILE);
    expect(Number.isInteger(d.line) && d.line >= 0 && d.line <= lines + 1).toBe(true);
    expect(d.message.length).toBeGreaterThan(5);
  }
  const fatal = parsed.diagnostics.some((d) => d.fatal);
  if (fatal) tally.fatal++;
  if (parsed.note !== null) {
    const profile = PROFILES.find((p) => p.id === parsed.note?.profileId) ?? PROFILES[0];
    if (profile !== undefined) scheduleNote(parsed.note.fields, profile, CLOCK, null);
  }
  const rewrite = rewriteNote(FILE, file.text, CLOCK);
  staleKeys(FILE, file.text, CLOCK);
  if (fatal) expect(rewrite.ok).toBe(false);
  if (rewrite.ok) for (const d of rewrite.skipped) expect(d.file).toBe(FILE);
}

describe('fuzzed notes', () => {
  it(`${RUNS} mutated notes: no crash, diagnostics name the file and a line, no rewrite of a bad note`, () => {
    fc.assert(
      fc.property(mutatedNoteArb, (note) => {
        tally.notes++;
        const started = performance.now();
        try {
          exercise(note);
        } catch (error) {
          tally.crashes++;
          throw new Error(`${note.mutations.join(' + ')}: ${String(error)}`, { cause: error });
        }
        expect(performance.now() - started).toBeLessThan(NOTE_MS);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261202) },
    );
  }, 120_000);
});
