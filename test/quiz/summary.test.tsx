import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import {
  sessionReducer,
  type SessionAction,
  createSession,
  StartScreen,
  Summary,
  summarizeSession,
  type GradeRecord,
} from '../../src/quiz/index.js';
import type { Grade } from '../../src/schedule/index.js';
import { at, note } from './fixtures.js';
import { waitForText } from './terminal.js';

const grade = (g: Grade, s: number): SessionAction[] => [
  { type: 'reveal' },
  { type: 'grade', grade: g, at: at(s) },
];
const notes = [
  note('a', 2, { title: '네트워크 네임스페이스', rateBefore: 6 }),
  note('b', 1, { title: 'iptables' }),
  note('c', 1),
];

function finished() {
  const actions: SessionAction[] = [
    { type: 'start', at: at(0) },
    ...grade(1, 4),
    ...grade(3, 10),
    ...grade(4, 12),
    ...grade(2, 20),
  ];
  return actions.reduce(sessionReducer, createSession(notes.slice(0, 2), at(0)));
}

describe('summarizeSession', () => {
  it('counts cards and reviews, retention over reviews, pace, and per-note predictions', () => {
    const calls: [string, readonly GradeRecord[]][] = [];
    const s = summarizeSession(
      finished(),
      notes,
      (id, grades) => {
        calls.push([id, grades]);
        return { rateAfter: id === 'a' ? 6 : 4, nextDue: '2024-10-28', finished: true };
      },
      at(99),
    );
    expect(s).toMatchObject({
      cards: 3,
      reviews: 4,
      byGrade: { 1: 1, 2: 1, 3: 1, 4: 1 },
      retention: 0.75,
      paceSeconds: 5,
      elapsedMs: 20000,
    });
    expect(s.notes.map((n) => [n.noteId, n.rateBefore, n.rateAfter, n.anyAgain])).toEqual([
      ['a', 6, 6, true],
      ['b', 2, 4, false],
    ]);
    expect(calls.map(([id]) => id)).toEqual(['a', 'b']);
  });

  it('has zero retention and pace with no reviews, and no predictions without predictAfter', () => {
    const s = summarizeSession(createSession(notes, at(0)), notes, undefined, at(5));
    expect(s).toMatchObject({ cards: 0, reviews: 0, retention: 0, paceSeconds: 0, notes: [] });
    const t = summarizeSession(finished(), notes, undefined, at(99));
    expect(t.notes[0]).toMatchObject({ rateAfter: null, nextDue: null });
  });
});

describe('screens', () => {
  it('start screen groups the queue by stage and draws the forecast', async () => {
    const queue = [
      note('a', 2, { stage: 'd4', title: '네트워크 네임스페이스', overdueDays: 2 }),
      note('b', 3, { stage: 'extra', title: 'iptables' }),
      note('c', 1, { stage: 'd4', title: 'cgroups' }),
    ];
    const forecast = [0, 4, 8, 2, 0, 0, 1].map((count, i) => ({ date: `2024-10-${27 + i}`, count }));
    const { lastFrame } = render(<StartScreen notes={queue} forecast={forecast} width={80} />);
    const frame = await waitForText(lastFrame, 'Enter begin');
    expect(frame).toContain('6 cards in 3 notes');
    expect(frame).toMatch(/추가 복습\s+1 note · 3 cards/);
    expect(frame).toMatch(/4일차\s+2 notes · 3 cards/);
    expect(frame.indexOf('추가 복습')).toBeLessThan(frame.indexOf('4일차'));
    expect(frame).toMatch(/네트워크 네임스페이스 \(2\) 2일 지남/);
    expect(frame).toMatch(/···\s+▄▄▄\s+███\s+▂▂▂\s+···\s+···\s+▁▁▁/);
    expect(frame).toContain('10/29');
  });

  it('start screen says when the first note alone is over the limit and how many notes were held back', async () => {
    const { lastFrame } = render(
      <StartScreen
        notes={[note('a', 9, { title: 'ARP' })]}
        forecast={[]}
        width={100}
        overLimit={{ title: 'ARP', cards: 9, limit: 3 }}
        heldBack={{ notes: 2, limit: 3 }}
      />,
    );
    const frame = (await waitForText(lastFrame, 'Enter begin')).replace(/[│\s]+/g, ' ');
    expect(frame).toContain('9 cards in 1 note');
    expect(frame).toContain(
      'ARP has 9 due cards, more than the limit of 3: it is queued whole (a note is never split)',
    );
    expect(frame).toContain(
      "+ 2 more due notes beyond today's limit of 3 cards — whole notes only; they stay due",
    );
  });

  it('start screen with nothing due says so', async () => {
    const { lastFrame } = render(<StartScreen notes={[]} forecast={[]} width={80} />);
    expect(await waitForText(lastFrame, 'Nothing due today')).toContain('Enter close');
  });

  it('summary shows counts, retention, pace and each note before → after', async () => {
    const summary = summarizeSession(
      finished(),
      notes,
      () => ({ rateAfter: 8, nextDue: '2024-11-03', finished: true }),
      at(99),
    );
    const { lastFrame } = render(<Summary summary={summary} canUndo width={80} />);
    const frame = await waitForText(lastFrame, 'session complete');
    expect(frame).toContain('Cards reviewed 3 (4 reviews: 1 Again · 1 Hard · 1 Good · 1 Easy)');
    expect(frame).toMatch(/Retention 75%\s+Pace 5\.0 s\/card\s+Time 00:20/);
    expect(frame).toContain('██████░░░░  60% → ████████░░  80%  next 2024-11-03');
    expect(frame).toContain('네트워크 네임스페이스 (Again → 추가 복습)');
  });
});
