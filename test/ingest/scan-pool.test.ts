/**
 * The scan pool (worker threads parse while the main thread writes) gives the same database as the
 * main thread alone: same notes, cards, derived values and report, on a cold and an incremental
 * ingest with edits, a rename, a broken note and a removal.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestVault, ingestVaultLazily, ScanPool } from '../../src/ingest/index.js';
import { parseNote } from '../../src/note/index.js';
import { Store } from '../../src/store/index.js';
import { TempVault } from './vault-fixture.js';

const now = new Date('2024-10-27T05:01:00Z');
const seed = readFileSync(new URL('../fixtures/notes/seed/input.md', import.meta.url), 'utf8');
const worker = new URL('./scan-worker-under-tsx.mjs', import.meta.url);
const parse = (path: string, text: string) => parseNote(path, text);
const vaults: TempVault[] = [];
afterEach(() => {
  for (const v of vaults.splice(0)) v.dispose();
});

function fill(v: TempVault, n: number): void {
  for (let i = 0; i < n; i++)
    v.write(`t${i % 7}/n${i}.md`, seed.replace('- 리눅스의 네트워크 네임스페이스란?', `- 질문 ${i}?`));
}

/** Everything ingest wrote, with ids and times (which both sides make the same way). */
function dump(store: Store): unknown {
  const q = (sql: string) => store.db.prepare(sql).all();
  return {
    notes: q(
      'SELECT id, path, title, hash, fields_json, parsed_json, error_json, card_count FROM notes ORDER BY id',
    ),
    cards: q('SELECT id, note_id, key, prompt, answer, removed_at FROM cards ORDER BY id'),
    derived: q('SELECT * FROM note_derived ORDER BY note_id'),
  };
}

describe('ingest with the scan pool', () => {
  it('writes exactly what the main thread alone writes', async () => {
    const v = new TempVault();
    vaults.push(v);
    fill(v, 650);
    const alone = Store.open(':memory:');
    const pooled = Store.open(':memory:');
    let pools = 0;
    const lazy = {
      loadParse: () => Promise.resolve(parse),
      startPool: () => (pools++, ScanPool.start(worker, { size: 2 })),
    };
    const reports = async () => [
      ingestVault(alone, v.root, parse, { now }),
      await ingestVaultLazily(pooled, v.root, lazy, { now }),
    ];
    const [a1, p1] = await reports();
    expect(p1).toEqual(a1);
    expect(a1?.added).toBe(650);
    expect(dump(pooled)).toEqual(dump(alone));
    for (let i = 0; i < 400; i++) v.write(`t${i % 7}/n${i}.md`, seed.replace('Linux', `Linux ${i}`));
    v.write('t1/n1.md', '---\n➕첫 학습날: [2024\n---\n');
    v.move('t2/n2.md', 'moved/n2.md');
    v.remove('t3/n3.md');
    const [a2, p2] = await reports();
    expect(p2).toEqual(a2);
    expect(a2?.errors.map((e) => e.path)).toEqual(['t1/n1.md']);
    expect(dump(pooled)).toEqual(dump(alone));
    expect(pools).toBe(2); // both ingests read enough files to start the pool
    alone.close();
    pooled.close();
  });
});
