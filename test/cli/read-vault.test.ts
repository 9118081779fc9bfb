/**
 * readVault: while find still lists the vault, the command's read runs on the store as the last
 * ingest left it; that answer is kept only when the ingest changed no note.
 */
import { copyFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import { openVault, readVault } from '../../src/ingest/open-vault.js';
import type { Store } from '../../src/store/store.js';
import { startFindWalk, type PendingWalk } from '../../src/vault/find-walk.js';
import { makeVault, removeTempVaults, SEED, type TempVault } from './run-cli.js';

afterAll(removeTempVaults);

/** find's real listing, reported as still running, so that readVault reads ahead. */
function runningWalk(root: string): PendingWalk {
  const walk = startFindWalk(root);
  return { take: () => walk.take(), running: () => true, cancel: () => walk.cancel() };
}

function context(v: TempVault, prewalk?: PendingWalk): CommandContext {
  const ctx: CommandContext = {
    vault: v.vault,
    db: v.db,
    clock: { now: new Date('2026-11-29T01:00:00Z'), tz: 'Asia/Seoul' },
    json: false,
    color: false,
    cwd: v.dir,
    io: { stdout: () => undefined, stderr: () => undefined } as unknown as CommandContext['io'],
  };
  if (prewalk) ctx.prewalk = prewalk;
  return ctx;
}

/** The live notes' paths, counting the calls. */
function pathReader() {
  const reader = {
    calls: 0,
    read: (store: Store) => (reader.calls++, store.listNotes().map((n) => n.path)),
  };
  return reader;
}

async function ingested(): Promise<TempVault> {
  const v = makeVault();
  (await openVault(context(v))).store.close();
  return v;
}

describe('readVault', () => {
  it('keeps the answer read during the listing when nothing changed', async () => {
    const v = await ingested();
    const reader = pathReader();
    const { store, value, report } = await readVault(context(v, runningWalk(v.vault)), reader.read);
    store.close();
    expect(reader.calls).toBe(1);
    expect(report).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(value).toContain(SEED);
    expect(value).toHaveLength(report.scanned);
  });

  it('reads again after an ingest that added, changed or removed a note', async () => {
    const v = await ingested();
    copyFileSync(v.note(SEED), v.note('copy.md'));
    const reader = pathReader();
    const { store, value } = await readVault(context(v, runningWalk(v.vault)), reader.read);
    store.close();
    expect(reader.calls).toBe(2);
    expect(value).toContain('copy.md');
  });

  it('reads again when the early read threw, and reads once without a listing', async () => {
    const v = await ingested();
    copyFileSync(v.note(SEED), v.note('new.md'));
    let calls = 0;
    const needsNew = (store: Store) => {
      calls++;
      const row = store.noteByPath('new.md');
      if (row === null) throw new Error('new.md is not in the store yet');
      return row.path;
    };
    const { store, value } = await readVault(context(v, runningWalk(v.vault)), needsNew);
    store.close();
    expect([calls, value]).toEqual([2, 'new.md']);
    const reader = pathReader();
    (await readVault(context(v), reader.read)).store.close();
    expect(reader.calls).toBe(1);
  });
});
