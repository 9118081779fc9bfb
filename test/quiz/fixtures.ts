/** Queue builders, CardScreen props and a fixed fake clock shared by the quiz tests. */
import type { CardScreenProps, QueueCard, QueueNote, LabVerdict } from '../../src/quiz/index.js';

/** A fixed instant plus `s` seconds. */
export function at(s: number): Date {
  return new Date(Date.UTC(2024, 9, 27, 5, 1, s));
}

/** A question card `c<n>` of note `noteId`. */
export function card(noteId: string, n: number, extra: Partial<QueueCard> = {}): QueueCard {
  return {
    cardId: `${noteId}:c${n}`,
    noteId,
    kind: 'question',
    prompt: `질문 ${n}?`,
    answer: `답 ${n}`,
    ...extra,
  };
}

/** A note with `count` question cards. */
export function note(noteId: string, count: number, extra: Partial<QueueNote> = {}): QueueNote {
  return {
    noteId,
    path: `${noteId}.md`,
    title: `노트 ${noteId}`,
    subject: 'Linux',
    stage: 'd4',
    overdueDays: 0,
    rateBefore: 2,
    lang: 'ko',
    cards: Array.from({ length: count }, (_, i) => card(noteId, i + 1)),
    ...extra,
  };
}

/** Fixed grade-key hints, as a shell's `hintsFor` would give them. */
export const HINTS = { 1: '1d', 2: '3d', 3: '3d', 4: '3d' } as const;

/** CardScreen props: card 1 of note `a` revealed, 0/1 done, 80 wide, the clock stopped at `at(0)`. */
export function cardScreenProps(overrides: Partial<CardScreenProps> = {}): CardScreenProps {
  return {
    note: note('a', 1),
    card: card('a', 1),
    done: 0,
    total: 1,
    startedAt: at(0),
    now: () => at(0),
    revealed: true,
    width: 80,
    hints: HINTS,
    ...overrides,
  };
}

/** A fake clock that returns `t0` plus one second per call. */
export function tickingClock(): () => Date {
  let s = 0;
  return () => at(s++);
}

/** A lab verdict as the lab returns it: `passed` and `summary`, the rest empty unless given. */
export function labVerdict(passed: boolean, summary: string, extra: Partial<LabVerdict> = {}): LabVerdict {
  return {
    passed,
    step: 2,
    summary,
    differences: [],
    skipped: [],
    refused: [],
    commands: [],
    referenceRepairs: [],
    ...extra,
  };
}
