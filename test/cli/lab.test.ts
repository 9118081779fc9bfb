/** `lab list` as a user runs it. `lab try` through the CLI is in test/lab/sandbox.privileged.test.ts (real sandboxes, one file at a time). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVault, removeTempVaults, SEED, type TempVault } from './run-cli.js';

/** The sample vault's lab notes besides the seed: a bridge, a router namespace, NAT. */
const LAB_NOTES = ['Linux 브리지 네트워크.md', 'Linux 라우터 네임스페이스.md', 'Linux NAT와 MASQUERADE.md'];

let v: TempVault;
beforeAll(() => {
  v = makeVault();
});
afterAll(() => removeTempVaults());

describe('lab list', () => {
  it('lists the seed note and the three lab notes with their five steps, as JSON too', async () => {
    const r = await v.run(['lab', 'list', '--json']);
    expect(r.code).toBe(0);
    const listing = JSON.parse(r.stdout) as { path: string; steps: { number: number }[] }[];
    expect(listing.map((n) => n.path).sort()).toEqual([SEED, ...LAB_NOTES].sort());
    for (const note of listing) expect(note.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('lab check', () => {
  it('takes --step and names the steps there are when the note has no such step (exit 2)', async () => {
    const r = await v.run(['lab', 'check', SEED, '--step', '9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has no lab step 9 \(steps: 1, 2, 3, 4, 5\)/);
  });
});
