/** The settle-time rule: what counts as a note still being saved. */
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteSettling, settleTime, settlingAge } from '../../src/vault/index.js';

describe('the settle time', () => {
  it('reads BOKSEUP_SETTLE_MS, and falls back to 2 s on nonsense', () => {
    expect(settleTime({})).toBe(2000);
    expect(settleTime({ BOKSEUP_SETTLE_MS: '0' })).toBe(0);
    expect(settleTime({ BOKSEUP_SETTLE_MS: '150' })).toBe(150);
    expect(settleTime({ BOKSEUP_SETTLE_MS: '' })).toBe(2000);
    expect(settleTime({ BOKSEUP_SETTLE_MS: '-5' })).toBe(2000);
    expect(settleTime({ BOKSEUP_SETTLE_MS: 'soon' })).toBe(2000);
  });

  it('calls a file modified within it settling, and not one older, in the far future, or at 0', () => {
    const now = 1_000_000;
    expect(settlingAge(now - 1999, 2000, now)).toBe(1999);
    expect(settlingAge(now - 2000, 2000, now)).toBeNull();
    expect(settlingAge(now + 0.6, 2000, now)).toBe(0); // a save this millisecond (fractional mtime)
    expect(settlingAge(now + 5000, 2000, now)).toBeNull(); // clock skew: never settles otherwise
    expect(settlingAge(now, 0, now)).toBeNull();
  });

  it('names how long ago a note on disk was modified', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bokseup-settle-'));
    try {
      const file = join(dir, 'n.md');
      await writeFile(file, 'x');
      expect(noteSettling(file, 60_000)).toMatch(/^it was modified \d+ ms ago \(settle time 60000 ms\)$/);
      const past = new Date(Date.now() - 120_000);
      await utimes(file, past, past);
      expect(noteSettling(file, 60_000)).toBeNull();
      expect(noteSettling(join(dir, 'absent.md'), 60_000)).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
