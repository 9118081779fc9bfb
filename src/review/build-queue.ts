/**
 * Today's review queue from the store: due notes (or the one `--note`), their cards with the next
 * interval each grade would give, capped at `--limit` cards.
 */
import { memoryFromHistory, previewIntervals, type MemoryState } from '../schedule/fsrs.js';
import { intervalLabel, intervalLabels } from '../schedule/interval-label.js';
import { milestoneDates } from '../schedule/milestones.js';
import { MILESTONES } from '../note/types.js';
import { daysBetween, today } from '../time/clock.js';
import { learningRateTenths } from '../schedule/learning-rate.js';
import type { StoredCard } from '../store/rows.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../time/clock.js';
import type { QueueCard, QueueNote } from '../quiz/types.js';
import type { ScheduledNote } from '../due/scheduled-notes.js';

/** A queued note with what the commit needs besides the TUI's view of it. */
export interface PlannedNote {
  note: ScheduledNote;
  queue: QueueNote;
  /** Memory of every card of the note before the session. */
  memories: Map<string, MemoryState | null>;
}

function orderDue(a: ScheduledNote, b: ScheduledNote): number {
  const da = a.schedule.due ?? '';
  const db = b.schedule.due ?? '';
  return da === db ? a.row.path.localeCompare(b.row.path) : da < db ? -1 : 1;
}

/**
 * A card's memory: as stored (every session stores the memory of every card of the notes it
 * touched), else its first study as its only learning.
 */
function memoryOf(card: StoredCard, firstStudy: string, tz: string, retention: number): MemoryState {
  return card.memory ?? memoryFromHistory(firstStudy, tz, [], retention);
}

/**
 * While a note is in its milestones, the next review is the next milestone whatever the grade
 * (Again: tomorrow, through the extra status); null once this session completes the last one,
 * when FSRS decides.
 */
function milestoneIntervals(note: ScheduledNote, clock: Clock): Record<1 | 2 | 3 | 4, string> | null {
  const { fields } = note.row;
  const pending = new Set(note.schedule.dueMilestones);
  const next = MILESTONES.find((m) => !fields.done[m] && !pending.has(m));
  if (next === undefined) return null;
  const label = intervalLabel(
    Math.max(0, daysBetween(today(clock), milestoneDates(fields.firstStudy)[next])),
  );
  return { 1: '1d', 2: label, 3: label, 4: label };
}

function queueCard(
  card: StoredCard,
  note: ScheduledNote,
  clock: Clock,
  fixed: Record<1 | 2 | 3 | 4, string> | null,
): QueueCard {
  let labels: Record<1 | 2 | 3 | 4, string> | null = null;
  const { retention } = note.settings;
  const memory = () => memoryOf(card, note.row.fields.firstStudy, clock.tz, retention);
  const intervals = (): Record<1 | 2 | 3 | 4, string> =>
    (labels ??= intervalLabels(previewIntervals(memory(), clock.now, clock.tz, retention)));
  const q: QueueCard = {
    cardId: card.id,
    noteId: card.noteId,
    kind: card.kind,
    prompt: card.prompt,
    answer: card.answer,
    intervals: fixed ?? intervals,
  };
  if (card.context !== undefined) q.context = card.context;
  if (card.labStep !== undefined) q.labStep = card.labStep;
  return q;
}

/** The first notes whose card counts reach `limit` (all when there is no limit). */
function notesWithin(ordered: readonly ScheduledNote[], limit: number | undefined): ScheduledNote[] {
  if (limit === undefined) return [...ordered];
  const out: ScheduledNote[] = [];
  let cards = 0;
  for (const n of ordered) {
    if (cards >= limit) break;
    out.push(n);
    cards += n.row.cardCount;
  }
  return out;
}

/** Plan the session: `notes` already narrowed (due, or the `--note`), `limit` cards at most. */
export function buildQueue(
  store: Store,
  notes: ScheduledNote[],
  clock: Clock,
  limit?: number,
): PlannedNote[] {
  const planned: PlannedNote[] = [];
  let room = limit ?? Number.POSITIVE_INFINITY;
  const ordered = [...notes].sort(orderDue);
  const cardsByNote = store.notes.cardsOf(notesWithin(ordered, limit).map((n) => n.row.id));
  for (const note of ordered) {
    if (room <= 0) break;
    const cards = cardsByNote.get(note.row.id) ?? [];
    const memories = new Map<string, MemoryState | null>(cards.map((c) => [c.id, c.memory]));
    const taken = cards.slice(0, room);
    room -= taken.length;
    const fixed = milestoneIntervals(note, clock);
    const queueCards = taken.map((c) => queueCard(c, note, clock, fixed));
    const { row, schedule } = note;
    planned.push({
      note,
      memories,
      queue: {
        noteId: row.id,
        path: row.path,
        title: row.title,
        subject: row.subject,
        stage: schedule.stage,
        overdueDays: schedule.overdueDays,
        rateBefore: learningRateTenths(row.fields),
        cards: queueCards,
      },
    });
  }
  return planned;
}
