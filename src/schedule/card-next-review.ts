/**
 * When a card is shown again: the question every grade key answers (DESIGN §2). While a note is in
 * its milestones or in extra review, all its cards come back with the note's next review; in the
 * long-term phase each card comes back on its own FSRS due day (the review queues only the cards
 * that are due).
 */
import type { LocalDate } from '../note/types.js';
import { localDateOf } from '../time/clock.js';
import type { MemoryState } from './fsrs.js';
import type { NoteSchedule } from './milestones.js';

/** What the answer needs of a settled note: its schedule and its cards' memory. */
export interface SettledSchedule {
  schedule: NoteSchedule;
  memories: ReadonlyMap<string, MemoryState>;
}

/** The local day `cardId` of a settled note is next shown; null when nothing is scheduled. */
export function cardNextReview(settled: SettledSchedule, cardId: string, tz: string): LocalDate | null {
  const { schedule } = settled;
  if (schedule.stage !== 'long-term') return schedule.due;
  const memory = settled.memories.get(cardId);
  return memory === undefined ? schedule.due : localDateOf(memory.due, tz);
}
