/**
 * The repository's notes/ is the sample vault, and its user reviews it: `npm start`, a review, then
 * `npm test` must pass. So no test and no benchmark reads it; they copy pristine fixtures
 * (test/fixtures/sample-vault, test/fixtures/notes/seed). This keeps it so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Ways a source file could name the live sample vault (a relative URL, or the root joined with it). */
const LIVE = [/\.\.\/notes\//, /\(\s*ROOT\s*,\s*'notes'/i];

function sources(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.includes('fixtures'))
    .map((f) => path.join(folder, f));
}

describe('the live sample vault', () => {
  it('is read by no test and no benchmark', () => {
    const offenders = [...sources('test'), ...sources('bench')].filter((file) => {
      if (file === path.join('test', 'house', 'no-live-notes.test.ts')) return false;
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      return LIVE.some((re) => re.test(text));
    });
    expect(offenders).toEqual([]);
  });

  it('would be caught: the patterns match the readers this test replaced', () => {
    const old = [
      "new URL('../../notes/Linux 네트워크 네임스페이스.md', import.meta.url)",
      "path.join(ROOT, 'notes')",
      "path.join(root, 'notes', 'Linux 네트워크 네임스페이스.md')",
    ];
    for (const line of old) expect(LIVE.some((re) => re.test(line))).toBe(true);
  });
});
