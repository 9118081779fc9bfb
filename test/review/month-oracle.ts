/**
 * An independent model of DESIGN §2 for the month test, written from the spec and not from
 * src/: milestone dates on days 1, 4, 7, 14; the next milestone is the first not done; a finished
 * session completes every milestone due that day; any Again makes an extra review due the day
 * after it; a finished clean session of an extra review sets "done"; after day 14 each card's FSRS
 * memory (ts-fsrs itself, default weights, retention 0.9, no fuzz, no short-term steps), replayed
 * from the first study (a Good learning at the start of that day) and every grade, in Seoul wall
 * time; a long-term note shows its due cards; 🧠 when every card's stability reaches 30 days.
 * Seoul has no daylight saving time: its wall time is UTC + 9 h.
 */
import { createEmptyCard, fsrs, type Card, type Grade as FsrsGrade } from 'ts-fsrs';

const scheduler = fsrs({ request_retention: 0.9, enable_fuzz: false, enable_short_term: false });
const SEOUL_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;
export const MILESTONE_DAYS = { d1: 1, d4: 4, d7: 7, d14: 14 } as const;
type M = keyof typeof MILESTONE_DAYS;
const ORDER: M[] = ['d1', 'd4', 'd7', 'd14'];

/** Days are `yyyy-MM-dd`; arithmetic through UTC midnights. */
export const plusDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
export const seoulDay = (at: Date): string => new Date(at.getTime() + SEOUL_MS).toISOString().slice(0, 10);
const dayGap = (a: string, b: string): number =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS;

export interface ModelNote {
  path: string;
  first: string;
  done: Record<M, boolean>;
  extra: boolean;
  lastAgain: string | null;
  /** 🧠, as the last session that finished the milestones (or a later one) set it. */
  longTerm: boolean;
  cards: Card[];
}

export function newModelNote(path: string, first: string, cards: number): ModelNote {
  const start = new Date(Date.parse(`${first}T00:00:00Z`));
  const learned = () => scheduler.next(createEmptyCard(start), start, 3 as FsrsGrade).card;
  return {
    path,
    first,
    done: { d1: false, d4: false, d7: false, d14: false },
    extra: false,
    lastAgain: null,
    longTerm: false,
    cards: Array.from({ length: Math.max(1, cards) }, learned),
  };
}

const cardDay = (c: Card): string => c.due.toISOString().slice(0, 10);
const milestoneDay = (n: ModelNote, m: M): string => plusDays(n.first, MILESTONE_DAYS[m]);

/** The note's next review on `today`: stage, due day, and the indices of the cards it shows. */
export function modelSchedule(n: ModelNote, today: string) {
  const all = n.cards.map((_, i) => i);
  if (n.extra)
    return { stage: 'extra', due: n.lastAgain === null ? today : plusDays(n.lastAgain, 1), cards: all };
  const next = ORDER.find((m) => !n.done[m]);
  if (next !== undefined) return { stage: next as string, due: milestoneDay(n, next), cards: all };
  const due = n.cards.map(cardDay).sort()[0] ?? today;
  return { stage: 'long-term', due, cards: all.filter((i) => cardDay(n.cards[i] as Card) <= today) };
}

export function overdue(due: string, today: string): number {
  return Math.max(0, dayGap(due, today));
}

/** A grade of the session: which card of the note, the grade, when. */
export interface ModelGrade {
  card: number;
  grade: 1 | 2 | 3 | 4;
  at: Date;
}

/** Apply one note's session (planned on `planDay`, showing `shown` cards) to a copy of the note. */
export function modelSettle(
  n: ModelNote,
  planDay: string,
  shown: readonly number[],
  grades: readonly ModelGrade[],
) {
  const next: ModelNote = { ...n, done: { ...n.done }, cards: [...n.cards] };
  for (const g of grades) {
    const wall = new Date(g.at.getTime() + SEOUL_MS);
    next.cards[g.card] = scheduler.next(next.cards[g.card] as Card, wall, g.grade as FsrsGrade).card;
  }
  const finished = shown.every((i) => grades.some((g) => g.card === i));
  if (finished) for (const m of ORDER) if (milestoneDay(n, m) <= planDay) next.done[m] = true;
  const agains = grades.filter((g) => g.grade === 1);
  if (agains.length > 0) {
    next.extra = true;
    next.lastAgain = seoulDay(agains[agains.length - 1]?.at ?? new Date());
  } else if (finished && n.extra) next.extra = false;
  if (ORDER.every((m) => next.done[m])) next.longTerm = next.cards.every((c) => c.stability >= 30);
  return next;
}

/** The day card `i` of a settled note is shown again. */
export function modelCardNext(n: ModelNote, i: number, today: string): string {
  const s = modelSchedule(n, today);
  return s.stage === 'long-term' ? cardDay(n.cards[i] as Card) : s.due;
}

/** The template's learning rate and bar. */
export function modelRate(n: ModelNote): { rate: string; bar: string } {
  const tenths = (n.done.d1 ? 2 : 0) + (n.done.d4 ? 2 : 0) + (n.done.d7 ? 2 : 0) + (n.longTerm ? 4 : 0);
  const rate = tenths === 10 ? '1' : tenths === 0 ? '0' : `0.${tenths}`;
  return { rate, bar: `${'🟩'.repeat(tenths)}${'⬜'.repeat(10 - tenths)} ${tenths * 10}%` };
}

/**
 * The queue of `today`: due notes in due order (then path), whole notes while they fit in `limit`
 * cards, the first one whatever its size: [path, stage, overdue days, card indices].
 */
export function expectedQueue(notes: readonly ModelNote[], today: string, limit: number | undefined) {
  const due = notes
    .map((n) => ({ n, s: modelSchedule(n, today) }))
    .filter(({ s }) => s.due <= today && s.cards.length > 0)
    .sort((x, y) => x.s.due.localeCompare(y.s.due) || x.n.path.localeCompare(y.n.path));
  const queued: typeof due = [];
  let count = 0;
  for (const entry of due) {
    if (
      limit !== undefined &&
      (count >= limit || (queued.length > 0 && count + entry.s.cards.length > limit))
    )
      break;
    queued.push(entry);
    count += entry.s.cards.length;
  }
  return queued.map(({ n, s }) => [n.path, s.stage, overdue(s.due, today), s.cards]);
}

/** A small seeded generator (mulberry32), so the month is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
