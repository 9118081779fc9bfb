/**
 * `bokseup ingest --json`: the exact report shape, incremental counts (unchanged, updated, removed),
 * and a renamed note keeping its review history.
 */
import { appendFileSync, renameSync, unlinkSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Stats } from '../../src/stats/index.js';
import { makeVault, removeTempVaults, SAMPLE_NOW, type CliResult, quiet } from './run-cli.js';

afterAll(removeTempVaults);

/** The parsed report of `ingest --json`, after checking the exit code. */
function report(r: CliResult, code = 0): Record<string, unknown> {
  expect(quiet(r.stderr)).toBe('');
  expect(r.code).toBe(code);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** The report's counts by kind of a vault of `n` study notes. */
const kinds = (n: number) => ({ studyNotes: n, otherNotes: 0, templates: 0, excluded: 0, skipped: [] });

describe.concurrent('ingest --json', () => {
  it('reports exactly {scanned, added, updated, unchanged, removed, errors} and counts changes', async () => {
    const v = makeVault();
    const ingest = async () => report(await v.run(['ingest', '--json', ...SAMPLE_NOW]));
    const first = await ingest();
    // The contract's keys first, then the counts by kind (every note of the sample is a study note).
    expect(Object.keys(first)).toEqual([
      'scanned',
      'added',
      'updated',
      'unchanged',
      'removed',
      'errors',
      ...Object.keys(kinds(8)),
    ]);
    expect(first).toEqual({
      scanned: 8,
      added: 8,
      updated: 0,
      unchanged: 0,
      removed: 0,
      errors: [],
      ...kinds(8),
    });
    expect(await ingest()).toEqual({
      scanned: 8,
      added: 0,
      updated: 0,
      unchanged: 8,
      removed: 0,
      errors: [],
      ...kinds(8),
    });
    appendFileSync(v.note('DNS 동작 원리.md'), '\n- 추가한 줄\n');
    expect(await ingest()).toEqual({
      scanned: 8,
      added: 0,
      updated: 1,
      unchanged: 7,
      removed: 0,
      errors: [],
      ...kinds(8),
    });
    unlinkSync(v.note('Big-O notation.md'));
    expect(await ingest()).toEqual({
      scanned: 7,
      added: 0,
      updated: 0,
      unchanged: 7,
      removed: 1,
      errors: [],
      ...kinds(7),
    });
  });

  it('keeps the review history of a note renamed after a review', async () => {
    const v = makeVault();
    const mark = await v.run(['mark', 'TCP 3-way handshake.md', '--stage', 'd1', ...SAMPLE_NOW]);
    expect(mark.code).toBe(0);
    renameSync(v.note('TCP 3-way handshake.md'), v.note('TCP 연결 수립.md'));
    const ingest = report(await v.run(['ingest', '--json', ...SAMPLE_NOW]));
    // A rename is neither an addition nor a removal: the note (and its history) carries over.
    expect(ingest).toMatchObject({ scanned: 8, added: 0, removed: 0, updated: 1, errors: [] });
    const stats = JSON.parse((await v.run(['stats', '--json', ...SAMPLE_NOW])).stdout) as Stats & {
      marks: number;
    };
    expect([stats.totalReviews, stats.marks]).toEqual([0, 1]); // a mark, counted apart
    expect(stats.notes.map((n) => n.path)).not.toContain('TCP 3-way handshake.md');
    expect(stats.notes.find((n) => n.path === 'TCP 연결 수립.md')?.reviews).toBe(1);
    expect(stats.notes.filter((n) => n.reviews > 0).map((n) => n.path)).toEqual(['TCP 연결 수립.md']);
  });
});
