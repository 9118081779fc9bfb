/**
 * Today's review queue from the store: due notes (or the one `--note`) with their due cards, whole
 * notes only, within `--limit` cards. A note in its milestones or in extra review shows all its
 * cards; a note in the long-term phase shows the cards FSRS has due (each comes back on its own day).
 */
import { memoryFromHistory, type MemoryState } from '../schedule/fsrs.js';
import { learningRateTenths } from '../schedule/learning-rate.js';
import type { StoredCard } from '../store/rows.js';
import type { Store } from '../store/store.js';
import { localDateOf, today, type Clock } from '../time/clock.js';
import type { QueueCard, QueueNote } from '../quiz/types.js';
import type { ScheduledNote } from '../due/scheduled-notes.js';

/** A queued note with what the commit needs besides the TUI's view of it. */
export interface PlannedNote {
  note: ScheduledNote;
  queue: QueueNote;
  /** Memory of every card of the note before the session. */
  memories: Map<string, MemoryState | null>;
}

/** The queue, and whether its first note alone is over the limit (queued whole all the same). */
export interface Queue {
  planned: PlannedNote[];
  overLimit: boolean;
}

function orderDue(a: ScheduledNote, b: ScheduledNote): number {
  const da = a.schedule.due ?? '';
  const db = b.schedule.due ?? '';
  return da === db ? a.row.path.localeCompare(b.row.path) : da < db ? -1 : 1;
}

/**
 * The cards a note's review shows: all of them, except in the long-term phase, where only the
 * cards due by today (a card never reviewed there counts its first study as its first learning).
 */
export function dueCards(note: ScheduledNote, cards: readonly StoredCard[], clock: Clock): StoredCard[] {
  if (note.schedule.stage !== 'long-term') return [...cards];
  const day = today(clock);
  let firstLearning: string | undefined;
  return cards.filter((c) => {
    if (c.memory !== null) return localDateOf(c.memory.due, clock.tz) <= day;
    firstLearning ??= localDateOf(
      memoryFromHistory(note.row.fields.firstStudy, clock.tz, [], note.settings.retention).due,
      clock.tz,
    );
    return firstLearning <= day;
  });
}

function queueCard(card: StoredCard): QueueCard {
  const q: QueueCard = {
    cardId: card.id,
    noteId: card.noteId,
    kind: card.kind,
    prompt: card.prompt,
    answer: card.answer,
  };
  if (card.context !== undefined) q.context = card.context;
  if (card.labStep !== undefined) q.labStep = card.labStep;
  return q;
}

function plan(note: ScheduledNote, cards: readonly StoredCard[], shown: readonly StoredCard[]): PlannedNote {
  const { row, schedule, profile } = note;
  return {
    note,
    memories: new Map(cards.map((c) => [c.id, c.memory])),
    queue: {
      noteId: row.id,
      path: row.path,
      title: row.title,
      subject: row.subject,
      stage: schedule.stage,
      overdueDays: schedule.overdueDays,
      rateBefore: learningRateTenths(row.fields),
      lang: profile.locale,
      cards: shown.map(queueCard),
    },
  };
}

/**
 * Plan the session: `notes` already narrowed (due, or the `--note`), in due order, whole notes
 * while their due cards fit in `limit` (the first note always goes in, whole). `all` queues every
 * card of each note (for `--note`, which reviews a note whatever is due).
 */
export function buildQueue(
  store: Store,
  notes: readonly ScheduledNote[],
  clock: Clock,
  opts: { limit?: number; all?: boolean } = {},
): Queue {
  const limit = opts.limit ?? Number.POSITIVE_INFINITY;
  const ordered = [...notes].sort(orderDue);
  // Without a limit every note is queued: read all their cards in one pass (a query each otherwise).
  const all = limit === Number.POSITIVE_INFINITY ? store.notes.cardsOf(ordered.map((n) => n.row.id)) : null;
  const planned: PlannedNote[] = [];
  let count = 0;
  for (const note of ordered) {
    if (count >= limit) break;
    const cards = all?.get(note.row.id) ?? store.notes.cards(note.row.id);
    const shown = opts.all === true ? cards : dueCards(note, cards, clock);
    if (shown.length === 0) continue;
    if (planned.length > 0 && count + shown.length > limit) break;
    planned.push(plan(note, cards, shown));
    count += shown.length;
  }
  return { planned, overLimit: count > limit };
}
