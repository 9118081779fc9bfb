/**
 * `bokseup doctor` on the seed as it arrived (double-encoded): exit 1 naming it; `--fix-encoding`
 * repairs it to the clean seed but for the two places the bytes cannot decide, keeping a backup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  FIXTURES,
  makeVault,
  removeTempVaults,
  SAMPLE_NOW,
  SAMPLE_VAULT,
  sampleFiles,
  SEED,
} from './run-cli.js';

const ORIGINAL = path.join(FIXTURES, '000_534451c106ed58f9.txt');
const BROKEN = 'original.md';

afterAll(removeTempVaults);

/** The sample vault (whose clean notes, the seed among them, are the corpus) plus the broken file. */
function vaultWithBroken() {
  return makeVault({ ...sampleFiles(), [BROKEN]: ORIGINAL });
}

describe.concurrent('doctor on the double-encoded seed', () => {
  it('exits 1 and names the file and the rule', async () => {
    const v = vaultWithBroken();
    const r = await v.run(['doctor', ...SAMPLE_NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${BROKEN}:2: .*\\[double-encoded\\]$`, 'm'));
    expect(r.stdout).not.toContain(`${SEED}:`);
  });

  it('--fix-encoding repairs it (all but at most 2 lines equal the clean seed) and keeps a backup', async () => {
    const v = vaultWithBroken();
    const r = await v.run(['doctor', '--fix-encoding', BROKEN, ...SAMPLE_NOW]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const repaired = readFileSync(v.note(BROKEN), 'utf8').split('\n');
    const clean = readFileSync(path.join(SAMPLE_VAULT, SEED), 'utf8').split('\n');
    expect(repaired).toHaveLength(clean.length);
    const differing = clean.flatMap((line, i) => (line === repaired[i] ? [] : [i + 1]));
    expect(differing.length).toBeLessThanOrEqual(2);
    const backups = readdirSync(v.vault).filter((n) => n.startsWith(`${BROKEN}.bak-`));
    expect(backups).toHaveLength(1);
    expect(readFileSync(v.note(backups[0] ?? '')).equals(readFileSync(ORIGINAL))).toBe(true);
    expect(r.stdout).toContain(backups[0]);
    const again = await v.run(['doctor', ...SAMPLE_NOW]);
    expect(again.code).toBe(0);
  });
});
