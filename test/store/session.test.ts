import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CardStateUpdate,
  noteRecord,
  type ReviewInput,
  type SessionInput,
  Store,
} from '../../src/store/index.js';
import { fakeParse, noteText } from '../ingest/fake-parse.js';

let store: Store;
let noteId: string;
let cards: string[];

const at = (iso: string): Date => new Date(iso);
const session = (iso: string): SessionInput => ({ startedAt: at(iso), endedAt: at(iso), quitEarly: false });
function review(cardId: string | null, iso: string, grade: 1 | 2 | 3 | 4): ReviewInput {
  return { cardId, noteId, at: at(iso), grade, durationMs: 1500, stage: 'long-term', milestones: [] };
}
function memory(cardId: string): CardStateUpdate {
  const due = at('2024-11-03T00:00:00Z');
  return {
    cardId,
    due,
    stability: 7.5,
    difficulty: 5.1,
    scheduledDays: 7,
    learningSteps: 0,
    reps: 3,
    lapses: 1,
    state: 2,
    lastReview: at('2024-10-27T05:00:00Z'),
  };
}
function count(table: string): number {
  return store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

beforeEach(() => {
  let n = 0;
  store = Store.open(':memory:', { newId: () => `note-${++n}` });
  const note = fakeParse('a.md', noteText('A', ['p1', 'p2'])).note;
  if (!note) throw new Error('fixture did not parse');
  noteId = store.writer.upsert({
    path: 'a.md',
    size: 1,
    mtimeMs: 1,
    hash: 'h',
    note: noteRecord(note),
    errors: null,
    at: at('2024-10-01T00:00:00Z'),
  });
  cards = store.notes.cards(noteId).map((c) => c.id);
});
afterEach(() => store.close());

describe('commitSession', () => {
  it('writes the session, its reviews and the new card memory', () => {
    const [c1 = '', c2 = ''] = cards;
    const id = store.sessions.commitSession(
      { ...session('2024-10-27T05:00:00Z'), endedAt: at('2024-10-27T05:10:00Z'), quitEarly: true },
      [
        review(c1, '2024-10-27T05:01:00Z', 1),
        review(c1, '2024-10-27T05:02:00Z', 3),
        review(c2, '2024-10-27T05:03:00Z', 4),
      ],
      [memory(c1)],
    );
    expect(
      store.db.prepare('SELECT cards_reviewed, again_count, quit_early FROM sessions WHERE id = ?').get(id),
    ).toEqual({
      cards_reviewed: 2,
      again_count: 1,
      quit_early: 1,
    });
    expect(store.history.reviewHistory(c1)).toEqual([
      { at: at('2024-10-27T05:01:00Z'), grade: 1 },
      { at: at('2024-10-27T05:02:00Z'), grade: 3 },
    ]);
    const [first, second] = store.notes.cards(noteId);
    const { cardId: _id, ...expected } = memory(c1);
    expect(first?.memory).toEqual(expected);
    expect(second?.memory).toBeNull();
    expect(store.notes.list()[0]?.nextCardDue).toEqual(expected.due);
    // The latest Again of each live note with a given status (the extra-review one, for `due`).
    expect(store.history.lastAgainsWithStatus(['추가 복습'])).toEqual(new Map());
    store.db.prepare(`UPDATE notes SET fields_json = json_set(fields_json, '$.status', '추가 복습')`).run();
    expect(store.history.lastAgainsWithStatus(['extra review', '추가 복습'])).toEqual(
      new Map([[noteId, at('2024-10-27T05:01:00Z')]]),
    );
    expect(store.history.lastAgainsWithStatus(['extra review'])).toEqual(new Map());
    expect(store.history.lastAgainsWithStatus([])).toEqual(new Map());
    store.db.prepare(`UPDATE notes SET removed_at = '2024-10-28T00:00:00Z'`).run();
    expect(store.history.lastAgainsWithStatus(['추가 복습'])).toEqual(new Map());
  });

  it('leaves a note with the status but no review out of the latest Agains', () => {
    store.db.prepare(`UPDATE notes SET fields_json = json_set(fields_json, '$.status', '추가 복습')`).run();
    expect(store.history.lastAgainsWithStatus(['추가 복습'])).toEqual(new Map());
  });

  it('rolls the whole session back when one review cannot be stored', () => {
    const [c1 = ''] = cards;
    expect(() =>
      store.sessions.commitSession(
        session('2024-10-27T05:00:00Z'),
        [review(c1, '2024-10-27T05:01:00Z', 3), review('no-such-card', '2024-10-27T05:02:00Z', 3)],
        [memory(c1)],
      ),
    ).toThrow(/FOREIGN KEY/);
    expect([count('sessions'), count('reviews')]).toEqual([0, 0]);
    expect(store.notes.cards(noteId)[0]?.memory).toBeNull();
  });

  it('rolls back on a grade out of range and on a memory update for an unknown card', () => {
    const [c1 = ''] = cards;
    const bad = { ...review(c1, '2024-10-27T05:01:00Z', 3), grade: 5 } as unknown as ReviewInput;
    expect(() => store.sessions.commitSession(session('2024-10-27T05:00:00Z'), [bad], [])).toThrow(/CHECK/);
    expect(() =>
      store.sessions.commitSession(
        session('2024-10-27T05:00:00Z'),
        [review(c1, '2024-10-27T05:01:00Z', 3)],
        [memory('nope')],
      ),
    ).toThrow(/unknown card nope/);
    expect([count('sessions'), count('reviews')]).toEqual([0, 0]);
  });

  it('accepts a milestone review without a card (bokseup mark)', () => {
    store.sessions.commitSession(
      session('2024-10-27T05:00:00Z'),
      [{ ...review(null, '2024-10-27T05:00:00Z', 3), stage: 'd4', milestones: ['d4'] }],
      [],
    );
    expect(store.db.prepare('SELECT stage, milestones FROM reviews').get()).toEqual({
      stage: 'd4',
      milestones: '["d4"]',
    });
    store.db.prepare(`UPDATE notes SET fields_json = json_set(fields_json, '$.status', 'x')`).run();
    // A mark is not an Again: the note has no latest Again.
    expect(store.history.lastAgainsWithStatus(['x']).get(noteId)).toBeUndefined();
  });
});

describe('stats queries', () => {
  beforeEach(() => {
    const [c1 = '', c2 = ''] = cards;
    // 23:30 UTC on the 26th is the 27th in Seoul (UTC+9) but still the 26th in New York.
    store.sessions.commitSession(
      session('2024-10-26T23:30:00Z'),
      [review(c1, '2024-10-26T23:30:00Z', 1), review(c2, '2024-10-26T23:31:00Z', 3)],
      [],
    );
    store.sessions.commitSession(
      session('2024-10-28T01:00:00Z'),
      [review(c1, '2024-10-28T01:00:00Z', 2)],
      [],
    );
  });

  it('groups reviews per local day of the given zone, every day present', () => {
    expect(store.history.reviewsPerDay('2024-10-26', '2024-10-28', 'Asia/Seoul')).toEqual([
      { day: '2024-10-26', reviews: 0, passed: 0, retention: null },
      { day: '2024-10-27', reviews: 2, passed: 1, retention: 0.5 },
      { day: '2024-10-28', reviews: 1, passed: 1, retention: 1 },
    ]);
    expect(
      store.history.reviewsPerDay('2024-10-26', '2024-10-27', 'America/New_York').map((d) => d.reviews),
    ).toEqual([2, 1]);
  });

  it('computes retention overall and over a range, and counts reviews per note', () => {
    expect(store.history.retention()).toEqual({ reviews: 3, passed: 2, retention: 2 / 3 });
    expect(store.history.retention(at('2024-10-28T00:00:00Z'), at('2024-10-29T00:00:00Z'))).toEqual({
      reviews: 1,
      passed: 1,
      retention: 1,
    });
    expect(store.history.retention(at('2025-01-01T00:00:00Z'))).toEqual({
      reviews: 0,
      passed: 0,
      retention: null,
    });
    expect(store.history.reviewCountsByNote()).toEqual(new Map([[noteId, 3]]));
  });

  it('lists reviews since an instant, oldest first, with their note and whether each is a mark', () => {
    expect(store.history.reviewsSince(at('2024-10-26T23:31:00Z'))).toEqual([
      { at: at('2024-10-26T23:31:00Z'), grade: 3, noteId, mark: false },
      { at: at('2024-10-28T01:00:00Z'), grade: 2, noteId, mark: false },
    ]);
    expect(store.history.reviewsSince(at('2025-01-01T00:00:00Z'))).toEqual([]);
  });

  it('records lab attempts', () => {
    const id = store.sessions.recordLabAttempt({
      noteId,
      step: 2,
      at: at('2024-10-27T05:00:00Z'),
      passed: false,
      answers: ['ip link set veth0 up'],
      differences: [{ kind: 'link-down' }],
      durationMs: 900,
    });
    expect(
      store.db
        .prepare('SELECT step, passed, answers_json, differences_json FROM lab_attempts WHERE id = ?')
        .get(id),
    ).toEqual({
      step: 2,
      passed: 0,
      answers_json: '["ip link set veth0 up"]',
      differences_json: '[{"kind":"link-down"}]',
    });
  });
});

describe('notes', () => {
  it('rebuilds the parsed note from the row and the cards table', () => {
    const note = fakeParse('a.md', noteText('A', ['p1', 'p2'])).note;
    expect(store.notes.parsed(noteId)).toEqual(note);
  });

  it('finds a note by a differently normalised path (macOS NFD names)', () => {
    const note = fakeParse('한글.md', noteText('K', [])).note;
    if (!note) throw new Error('fixture');
    const id = store.writer.upsert({
      path: '한글.md'.normalize('NFD'),
      size: 1,
      mtimeMs: 1,
      hash: 'k',
      note: noteRecord(note),
      errors: null,
      at: at('2024-10-01T00:00:00Z'),
    });
    expect(store.notes.byPath('한글.md'.normalize('NFC'))?.id).toBe(id);
    expect(store.notes.byPath('없음.md')).toBeNull();
  });
});
