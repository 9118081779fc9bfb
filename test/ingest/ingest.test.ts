import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestVault, type IngestReport } from '../../src/ingest/index.js';
import { Store } from '../../src/store/index.js';
import { fakeParse, noteText } from './fake-parse.js';
import { TempVault } from './vault-fixture.js';

const now = new Date('2024-10-27T05:01:00Z');
let vault: TempVault;
let store: Store;
let parsed: string[];

function ingest(): IngestReport {
  return ingestVault(store, vault.root, (path, text) => (parsed.push(path), fakeParse(path, text)), { now });
}
/** The change counts of a report (without its errors and its counts by kind). */
function counts(r: IngestReport) {
  const { errors: _e, studyNotes: _s, otherNotes: _o, templates: _t, excluded: _x, skipped: _k, ...rest } = r;
  return rest;
}

beforeEach(() => {
  vault = new TempVault();
  store = Store.open(':memory:');
  parsed = [];
});
afterEach(() => {
  store.close();
  vault.dispose();
});

describe('ingestVault counts', () => {
  it('adds, then leaves unchanged files unread, then updates and removes', () => {
    vault.write('a.md', noteText('A', ['p1', 'p2']));
    vault.write('sub/b.md', noteText('B', ['p3']));
    vault.write('.obsidian/skip.md', noteText('S', []));
    expect(ingest()).toEqual({
      scanned: 2,
      added: 2,
      updated: 0,
      unchanged: 0,
      removed: 0,
      errors: [],
      studyNotes: 2,
      otherNotes: 0,
      templates: 0,
      excluded: 0,
      skipped: [],
    });
    expect(store.notes.list().map((n) => [n.path, n.title, n.cardCount])).toEqual([
      ['a.md', 'A', 2],
      ['sub/b.md', 'B', 1],
    ]);

    parsed = [];
    expect(counts(ingest())).toEqual({ scanned: 2, added: 0, updated: 0, unchanged: 2, removed: 0 });
    expect(parsed).toEqual([]);

    vault.touch('a.md'); // new mtime, same bytes: hashed, not parsed, stat recorded
    expect(counts(ingest())).toMatchObject({ unchanged: 2, updated: 0 });
    expect(parsed).toEqual([]);

    vault.write('a.md', noteText('A2', ['p1', 'p2', 'p4']));
    vault.remove('sub/b.md');
    expect(counts(ingest())).toEqual({ scanned: 1, added: 0, updated: 1, unchanged: 0, removed: 1 });
    expect(parsed).toEqual(['a.md']);
    expect(store.notes.list().map((n) => [n.path, n.title, n.cardCount])).toEqual([['a.md', 'A2', 3]]);
  });

  it('hashes a file whose stat changed, records the new stat, and parses only new content', () => {
    vault.write('a.md', noteText('A', ['p1']));
    ingest();
    vault.touch('a.md');
    const mtime = statSync(join(vault.root, 'a.md')).mtimeMs;
    parsed = [];
    expect(counts(ingest())).toMatchObject({ unchanged: 1, updated: 0 });
    expect(parsed).toEqual([]);
    expect(store.db.prepare("SELECT mtime_ms FROM notes WHERE path = 'a.md'").pluck().get()).toBe(mtime);
    vault.write('a.md', noteText('A', ['p9'])); // same size, new bytes
    expect(counts(ingest())).toMatchObject({ unchanged: 0, updated: 1 });
    expect(parsed).toEqual(['a.md']);
    expect(store.notes.cards(store.notes.byPath('a.md')?.id ?? '').map((c) => c.prompt)).toEqual(['p9']);
  });

  it('parses every file again with force', () => {
    vault.write('a.md', noteText('A', ['p1']));
    ingest();
    parsed = [];
    const report = ingestVault(store, vault.root, (p, t) => (parsed.push(p), fakeParse(p, t)), {
      now,
      force: true,
    });
    expect(parsed).toEqual(['a.md']);
    expect(report.updated).toBe(1);
  });
});

describe('ingestVault identity', () => {
  it('keeps the note id and card ids across a rename (same content)', () => {
    vault.write('old.md', noteText('N', ['p1', 'p2']));
    ingest();
    const before = store.notes.byPath('old.md');
    const cardsBefore = store.notes.cards(before?.id ?? '').map((c) => c.id);
    vault.move('old.md', 'folder/new name.md');
    expect(counts(ingest())).toEqual({ scanned: 1, added: 0, updated: 1, unchanged: 0, removed: 0 });
    const after = store.notes.byPath('folder/new name.md');
    expect(after?.id).toBe(before?.id);
    expect(store.notes.cards(after?.id ?? '').map((c) => c.id)).toEqual(cardsBefore);
    expect(cardsBefore).toHaveLength(2);
  });

  it('keeps the id across a rename with edits when at least half the cards survive', () => {
    vault.write('old.md', noteText('N', ['p1', 'p2', 'p3', 'p4']));
    ingest();
    const id = store.notes.byPath('old.md')?.id;
    vault.remove('old.md');
    vault.write('renamed.md', noteText('N', ['p1', 'p2', 'p5', 'p6']));
    expect(counts(ingest())).toMatchObject({ added: 0, updated: 1, removed: 0 });
    expect(store.notes.byPath('renamed.md')?.id).toBe(id);
  });

  it('treats a renamed file sharing under half of its cards as a new note', () => {
    vault.write('old.md', noteText('N', ['p1', 'p2', 'p3', 'p4']));
    ingest();
    const id = store.notes.byPath('old.md')?.id;
    vault.remove('old.md');
    vault.write('other.md', noteText('O', ['p1', 'x2', 'x3', 'x4']));
    expect(counts(ingest())).toMatchObject({ added: 1, updated: 0, removed: 1 });
    expect(store.notes.byPath('other.md')?.id).not.toBe(id);
  });

  it('gives a file that comes back its old id and history', () => {
    vault.write('a.md', noteText('A', ['p1']));
    ingest();
    const id = store.notes.byPath('a.md')?.id ?? '';
    const card = store.notes.cards(id)[0]?.id ?? '';
    const at = new Date('2024-10-27T05:00:00Z');
    store.sessions.commitSession(
      { startedAt: at, endedAt: at, quitEarly: false },
      [{ cardId: card, noteId: id, at, grade: 3, durationMs: 1000, stage: 'd1', milestones: ['d1'] }],
      [],
    );
    vault.remove('a.md');
    expect(counts(ingest())).toMatchObject({ removed: 1 });
    expect(store.notes.list()).toEqual([]);
    expect(store.history.reviewHistory(card)).toHaveLength(1);
    vault.write('a.md', noteText('A', ['p1', 'p2']));
    expect(counts(ingest())).toMatchObject({ added: 1, removed: 0 });
    expect(store.notes.byPath('a.md')?.id).toBe(id);
    expect(store.history.reviewHistory(card)).toEqual([{ at, grade: 3 }]);
  });

  it('retires a card removed from the note and revives it with its id when it returns', () => {
    vault.write('a.md', noteText('A', ['p1', 'p2']));
    ingest();
    const id = store.notes.byPath('a.md')?.id ?? '';
    const ids = store.notes.cards(id).map((c) => c.id);
    vault.write('a.md', noteText('A', ['p2']));
    ingest();
    expect(store.notes.cards(id).map((c) => c.id)).toEqual([ids[1]]);
    vault.write('a.md', noteText('A', ['p1', 'p2']));
    ingest();
    expect(store.notes.cards(id).map((c) => c.id)).toEqual(ids);
  });
});

describe('ingestVault errors', () => {
  it('reports a non-UTF-8 file with the line of the first bad byte, on every run', () => {
    vault.write('good.md', noteText('G', ['p1']));
    vault.write('bad.md', Buffer.concat([Buffer.from('---\nline two\n'), Buffer.from([0xc7, 0xd1, 0x0a])]));
    // Without frontmatter a file is no study note, whatever its bytes: counted, never an error.
    vault.write('daily.md', Buffer.concat([Buffer.from('# 제목\n'), Buffer.from([0xc7, 0xd1, 0x0a])]));
    const first = ingest();
    expect(first.errors).toEqual([
      { path: 'bad.md', line: 3, rule: 'not-utf8', message: expect.stringContaining('line 3') as string },
    ]);
    expect(first).toMatchObject({ scanned: 3, added: 3, studyNotes: 2, otherNotes: 1 });
    const again = ingest();
    expect(again).toMatchObject({ unchanged: 3, studyNotes: 2, otherNotes: 1 });
    expect(again.errors.map((e) => [e.path, e.line, e.rule])).toEqual([['bad.md', 3, 'not-utf8']]);
    expect(store.notes.byPath('bad.md')?.errors?.[0]?.rule).toBe('not-utf8');
  });

  it('stores fatal diagnostics, keeps the last good data and cards, and clears them when fixed', () => {
    vault.write('a.md', noteText('A', ['p1']));
    ingest();
    const id = store.notes.byPath('a.md')?.id ?? '';
    vault.write('a.md', `${noteText('A', ['p1'])}BROKEN\n`);
    expect(ingest().errors).toEqual([{ path: 'a.md', line: 4, rule: 'yaml-syntax', message: 'broken' }]);
    expect(ingest().errors).toHaveLength(1);
    const row = store.notes.byPath('a.md');
    expect(row?.errors).toHaveLength(1);
    expect([row?.title, row?.cardCount]).toEqual(['A', 1]);
    vault.write('a.md', noteText('A', ['p1']));
    expect(ingest().errors).toEqual([]);
    expect(store.notes.byId(id)?.errors).toBeNull();
  });

  it('survives a parser that throws', () => {
    vault.write('a.md', 'x');
    const report = ingestVault(
      store,
      vault.root,
      () => {
        throw new Error('boom');
      },
      { now },
    );
    expect(report.errors[0]).toMatchObject({ path: 'a.md', rule: 'parse-crash' });
    expect(store.notes.byPath('a.md')?.title).toBe('a');
  });
});
