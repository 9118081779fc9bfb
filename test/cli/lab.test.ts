/** `lab list` as a user runs it. `lab try` through the CLI is in test/lab/sandbox.privileged.test.ts (real sandboxes, one file at a time). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVault, removeTempVaults, SEED, type TempVault } from './run-cli.js';

let v: TempVault;
beforeAll(() => {
  v = makeVault();
});
afterAll(() => removeTempVaults());

describe('lab list', () => {
  it('lists the seed note with its five steps, as JSON too', async () => {
    const r = await v.run(['lab', 'list', '--json']);
    expect(r.code).toBe(0);
    const listing = JSON.parse(r.stdout) as { path: string; steps: { number: number }[] }[];
    expect(listing.map((n) => n.path)).toEqual([SEED]);
    expect(listing[0]?.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
  });
});
