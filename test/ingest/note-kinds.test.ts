import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestVault, type IngestReport } from '../../src/ingest/index.js';
import { parseNote } from '../../src/note/index.js';
import { Store } from '../../src/store/index.js';
import { TempVault } from './vault-fixture.js';

const now = new Date('2024-10-27T05:01:00Z');
const STUDY =
  '---\n➕첫 학습날: 2024-08-08\n❤1일복습여부: false\ntags: [linux]\n---\n### 단서 질문\n\n- Q?\n\n    A.\n';
let vault: TempVault;
let store: Store;
let parsed: string[];

function ingest(exclude: string[] = []): IngestReport {
  const tags = { include: [], exclude };
  const parse = (path: string, text: string) => (
    parsed.push(path),
    parseNote(path, text, undefined, { tags })
  );
  return ingestVault(store, vault.root, parse, { now, settingsKey: JSON.stringify(tags) });
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

describe('ingest of study notes and other notes', () => {
  it('counts other notes and templates, reports no error for them, and lists only study notes', () => {
    vault.write('study.md', STUDY);
    vault.write('Daily/2024-10-27.md', '# Sunday\n- [ ] laundry\n');
    vault.write('Meetings/m.md', '---\ntags: [meeting]\ndate: 2024-10-27\n---\nNotes\n');
    vault.write('tpl.md', '---\n➕첫 학습날: {{date:YYYY-MM-DD}}\n---\n');
    const report = ingest();
    expect(report).toMatchObject({ scanned: 4, added: 4, studyNotes: 1, otherNotes: 2, templates: 1 });
    expect(report.errors).toEqual([]);
    expect(store.notes.list().map((n) => n.path)).toEqual(['study.md']);
    expect(store.notes.byPath('Daily/2024-10-27.md')).toBeNull();
    parsed = [];
    expect(ingest()).toMatchObject({ unchanged: 4, studyNotes: 1, otherNotes: 2, templates: 1 });
    expect(parsed).toEqual([]); // an unchanged other note is not read again
  });

  it('drops a study note whose frontmatter loses its marker from the listing, and keeps its cards for its return', () => {
    vault.write('study.md', STUDY);
    ingest();
    const id = store.notes.byPath('study.md')?.id ?? '';
    const cards = store.notes.cards(id).map((c) => c.id);
    vault.write('study.md', '# just prose now\n');
    expect(ingest()).toMatchObject({ studyNotes: 0, otherNotes: 1, errors: [] });
    expect(store.notes.list()).toEqual([]);
    expect(store.notes.cards(id)).toEqual([]);
    vault.write('study.md', STUDY);
    ingest();
    expect(store.notes.byPath('study.md')?.id).toBe(id);
    expect(store.notes.cards(id).map((c) => c.id)).toEqual(cards);
  });

  it('reads every file again when the tag filter changes, and not otherwise', () => {
    vault.write('study.md', STUDY);
    vault.write('other.md', 'plain\n');
    ingest();
    parsed = [];
    expect(ingest(['linux'])).toMatchObject({ studyNotes: 0, excluded: 1, otherNotes: 1 });
    expect(parsed.sort()).toEqual(['other.md', 'study.md']);
    expect(store.notes.list()).toEqual([]);
    parsed = [];
    ingest(['linux']);
    expect(parsed).toEqual([]);
    expect(ingest([])).toMatchObject({ studyNotes: 1, excluded: 0 });
  });
});
