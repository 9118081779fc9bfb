/**
 * Everything a review session means for one note, in one pure step: the cards' new FSRS memory,
 * the milestones completed, the status, the long-term flag, the learning rate before and after,
 * and the schedule from now on. The review summary's prediction and the final commit both call it,
 * so what the user is shown is what gets written.
 */
import type { Profile } from '../note/profile.js';
import type { LocalDate, NoteFields } from '../note/types.js';
import { MILESTONES } from '../note/types.js';
import type { Clock } from '../time/clock.js';
import { localDateOf } from '../time/clock.js';
import type { MemoryState } from './fsrs.js';
import type { Grade } from './grade.js';
import { applyGrade, isLongTermMemory, memoryFromHistory, noteLongTermDue } from './fsrs.js';
import { learningRateTenths } from './learning-rate.js';
import type { NoteSchedule } from './milestones.js';
import { scheduleNote } from './milestones.js';
import type { SessionEffect } from './session-outcome.js';
import { applySessionOutcome } from './session-outcome.js';

/** One grade given to one of the note's cards. */
export interface CardGrade {
  cardId: string;
  grade: Grade;
  at: Date;
}

export interface NoteSessionInput {
  fields: NoteFields;
  profile: Profile;
  /** The clock at the end of the session. */
  clock: Clock;
  /** The note's schedule when the session started. */
  before: NoteSchedule;
  /** Memory before the session of every card of the note; a card without one starts from its first study. */
  memories: ReadonlyMap<string, MemoryState | null>;
  /** This note's grades in the order given (undone grades left out). */
  grades: readonly CardGrade[];
  /** Every queued card of the note was graded. */
  finished: boolean;
  /** Stability in days every card needs for the long-term flag (default 30). */
  longTermThresholdDays?: number;
  /** FSRS desired retention (default 0.9). */
  retention?: number;
  /** Local day of the note's latest Again before the session (its extra review is due the day after). */
  lastAgainOn?: LocalDate | null;
}

export interface NoteSessionResult extends SessionEffect {
  /** Memory after the session of every card of the note. */
  memories: Map<string, MemoryState>;
  /** Learning rate in tenths before and after. */
  rateBefore: number;
  rateAfter: number;
  /** The schedule after the session, as the next run will compute it from the note and the log. */
  schedule: NoteSchedule;
}

/**
 * Apply a session to a note. The long-term flag is FSRS's verdict (every card's stability ≥ the
 * threshold) once all four milestones are done; before that the flag is left as it was.
 */
export function settleNoteSession(input: NoteSessionInput): NoteSessionResult {
  const { fields, profile, clock } = input;
  const memories = replayGrades(input);
  const states = [...memories.values()];
  const anyAgain = input.grades.some((g) => g.grade === 1);
  const outcome = applySessionOutcome(fields, input.before, { finished: input.finished, anyAgain }, profile);
  const allDone = MILESTONES.every((m) => outcome.fields.done[m]);
  const effect =
    allDone && states.length > 0
      ? {
          ...outcome,
          fields: { ...outcome.fields, longTerm: isLongTermMemory(states, input.longTermThresholdDays) },
        }
      : outcome;
  const due = noteLongTermDue(states, clock.tz);
  return {
    ...effect,
    memories,
    rateBefore: learningRateTenths(fields),
    rateAfter: learningRateTenths(effect.fields),
    schedule: scheduleNote(effect.fields, profile, clock, due, lastAgainDay(input)),
  };
}

/** The day of the note's latest Again: this session's last one, else the one before it. */
function lastAgainDay(input: NoteSessionInput): LocalDate | null {
  const agains = input.grades.filter((g) => g.grade === 1).map((g) => g.at.getTime());
  if (agains.length === 0) return input.lastAgainOn ?? null;
  return localDateOf(new Date(Math.max(...agains)), input.clock.tz);
}

function replayGrades(input: NoteSessionInput): Map<string, MemoryState> {
  const { fields, clock } = input;
  const memories = new Map<string, MemoryState>();
  const memoryOf = (cardId: string): MemoryState =>
    memories.get(cardId) ??
    input.memories.get(cardId) ??
    memoryFromHistory(fields.firstStudy, clock.tz, [], input.retention);
  for (const cardId of input.memories.keys()) memories.set(cardId, memoryOf(cardId));
  for (const { cardId, grade, at } of input.grades) {
    memories.set(cardId, applyGrade(memoryOf(cardId), grade, at, clock.tz, input.retention));
  }
  return memories;
}
