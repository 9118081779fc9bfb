/** `dueItems`: which notes `due` lists, and in what order, whatever order the notes come in. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueItems, type DueItem, type ScheduledNote } from '../../src/due/index.js';
import { koreanProfile, type Stage } from '../../src/note/index.js';
import { DEFAULT_SCHEDULE } from '../../src/schedule/index.js';

const UNTIL = '2026-12-01';

function note(path: string, due: string | null, isDue: boolean, stage: Stage = 'd4'): ScheduledNote {
  return {
    row: {
      id: path,
      path,
      title: `title of ${path}`,
      subject: null,
      profileId: 'ko',
      firstStudy: '2026-11-01',
      fields: {
        firstStudy: '2026-11-01',
        subject: null,
        done: { d1: true, d4: false, d7: false, d14: false },
        longTerm: false,
        status: null,
      },
      errors: null,
      cardCount: 3,
      nextCardDue: null,
    },
    profile: koreanProfile,
    schedule: { stage, due, overdueDays: 0, dueMilestones: [], isDue },
    settings: DEFAULT_SCHEDULE,
    lastAgainOn: null,
  };
}

/** The rule, written the slow and obvious way. */
function reference(notes: readonly ScheduledNote[], until: string): DueItem[] {
  return notes
    .filter((n) => n.schedule.due !== null && (n.schedule.isDue || n.schedule.due <= until))
    .map(({ row, schedule }) => ({
      path: row.path,
      title: row.title,
      subject: row.subject,
      stage: schedule.stage,
      due: schedule.due ?? until,
      overdueDays: schedule.overdueDays,
      cards: row.cardCount,
    }))
    .sort((a, b) =>
      a.due === b.due ? (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) : a.due < b.due ? -1 : 1,
    );
}

describe('dueItems', () => {
  it('lists due notes and those due by the horizon, by date then path', () => {
    const items = dueItems(
      [
        note('b.md', '2026-11-29', true),
        note('a.md', '2026-11-30', false),
        note('c.md', '2026-11-29', true),
        note('d.md', '2026-12-05', false),
        note('e.md', null, false, 'long-term'),
        note('f.md', '2026-11-20', true),
      ],
      UNTIL,
    );
    expect(items.map((i) => [i.due, i.path])).toEqual([
      ['2026-11-20', 'f.md'],
      ['2026-11-29', 'b.md'],
      ['2026-11-29', 'c.md'],
      ['2026-11-30', 'a.md'],
    ]);
  });

  it('agrees with a plain filter and sort, in path order or not', () => {
    const dates = ['2026-11-20', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', null];
    const arbNote = fc
      .record({
        path: fc.string({ unit: fc.constantFrom('a', 'b', '가', '/', '.', 'Z'), maxLength: 6 }),
        due: fc.constantFrom(...dates),
        isDue: fc.boolean(),
      })
      .map(({ path, due, isDue }) => note(`${path}.md`, due, isDue));
    fc.assert(
      fc.property(fc.array(arbNote, { maxLength: 60 }), fc.boolean(), (notes, sortedInput) => {
        const input = sortedInput
          ? [...notes].sort((a, b) => (a.row.path < b.row.path ? -1 : a.row.path > b.row.path ? 1 : 0))
          : notes;
        expect(dueItems(input, UNTIL)).toEqual(reference(input, UNTIL));
      }),
      { numRuns: 500 },
    );
  });
});
