/** Generated study notes for the review tests, and a past to give them (their review log and memory). */
import { memoryFromHistory, type Grade } from '../../src/schedule/index.js';
import type { LocalDate } from '../../src/note/index.js';
import type { Store } from '../../src/store/index.js';

/** The zone of every review test (Seoul: no daylight saving time). */
export const TZ = 'Asia/Seoul';

/** What a generated note says in its frontmatter and how many cue questions it has. */
export interface NoteSpec {
  first: LocalDate;
  done?: ('d1' | 'd4' | 'd7' | 'd14')[];
  longTerm?: boolean;
  extra?: boolean;
  /** Cue questions (0: a note of prose, reviewed as a whole). */
  questions: number;
}

/** The text of a Korean-profile study note with `spec.questions` cue questions. */
export function noteText(spec: NoteSpec): string {
  const done = new Set(spec.done ?? []);
  const flag = (m: 'd1' | 'd4' | 'd7' | 'd14') => (done.has(m) ? 'true' : 'false');
  const fm = [
    `➕첫 학습날: ${spec.first}`,
    '➕과목: Linux',
    `❤1일복습여부: ${flag('d1')}`,
    `🧡4일복습여부: ${flag('d4')}`,
    `💛7일복습여부: ${flag('d7')}`,
    `💚14일복습여부: ${flag('d14')}`,
    `🧠장기기억: ${spec.longTerm === true ? 'true' : 'false'}`,
    `복습: ${spec.extra === true ? '추가 복습' : ''}`.trimEnd(),
    '학습률: "0"',
  ];
  const cues = Array.from({ length: spec.questions }, (_, i) => `- 질문 ${i + 1}?\n\n    답 ${i + 1}\n`);
  const body =
    spec.questions === 0 ? '산문만 있는 노트.\n' : `### 단서 질문\n\n${cues.join('\n')}\n### 핵심 필기\n`;
  return `---\n${fm.join('\n')}\n---\n${body}`;
}

/** One earlier review of a card: days before `today`, grade. */
export interface PastReview {
  card: number;
  at: Date;
  grade: Grade;
}

/**
 * Give the note at `rel` a past: its reviews in the log and each card's memory as a session with
 * them would have stored it (FSRS replayed from the first study), so the long-term phase and the
 * extra review's latest Again have something to go on.
 */
export function seedHistory(
  bench: { store: Store },
  rel: string,
  first: LocalDate,
  past: readonly PastReview[],
): void {
  const row = bench.store.notes.byPath(rel);
  if (row === null || past.length === 0) return;
  const cards = bench.store.notes.cards(row.id);
  const reviews = past.flatMap((r) => {
    const card = cards[r.card % cards.length];
    return card ? [{ ...r, cardId: card.id }] : [];
  });
  const states = cards.map((c) => {
    const events = reviews.filter((r) => r.cardId === c.id).map(({ at, grade }) => ({ at, grade }));
    return { cardId: c.id, ...memoryFromHistory(first, TZ, events) };
  });
  const times = reviews.map((r) => r.at.getTime());
  const session = { startedAt: new Date(Math.min(...times)), endedAt: new Date(Math.max(...times)) };
  const stage = 'long-term' as const;
  const logged = reviews.map((r) => ({ ...r, noteId: row.id, durationMs: 1000, stage, milestones: [] }));
  bench.store.sessions.commitSession({ ...session, quitEarly: false }, logged, states);
}
