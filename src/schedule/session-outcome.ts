/**
 * What a finished (or quit) review session does to a note's review fields (DESIGN §2):
 * finishing a due note's cards completes every milestone due that day; any Again sets the status
 * to the profile's "extra review" value (due again tomorrow — see `scheduleNote`'s
 * `lastReviewedOn`); a later clean session of an extra note sets the profile's "done" value.
 */
import type { Profile } from '../note/profile.js';
import type { Milestone, NoteFields } from '../note/types.js';
import type { NoteSchedule } from './milestones.js';

/** How the session went for one note. */
export interface SessionOutcome {
  /** Every card of the note queued in the session was graded (not quit midway). */
  finished: boolean;
  /** At least one of the note's cards was graded Again. */
  anyAgain: boolean;
}

/** The fields to write back and what changed. */
export interface SessionEffect {
  fields: NoteFields;
  /** Milestones this session completed (the review log records them). */
  completed: Milestone[];
  /** The new status value to write, or null when the status does not change. */
  status: string | null;
}

/**
 * Apply a session's outcome to a note's fields. `schedule` is the note's schedule when the session
 * started. `longTerm`, when given, is the caller's FSRS verdict (`isLongTermMemory` over the
 * note's cards after the session) and replaces the long-term flag; omitted, the flag is kept.
 * Quitting midway completes no milestone, but an Again still sets the extra status.
 */
export function applySessionOutcome(
  fields: NoteFields,
  schedule: NoteSchedule,
  outcome: SessionOutcome,
  profile: Profile,
  longTerm?: boolean,
): SessionEffect {
  const completed = outcome.finished ? schedule.dueMilestones.filter((m) => !fields.done[m]) : [];
  const done = { ...fields.done };
  for (const m of completed) done[m] = true;
  const status = nextStatus(fields.status, outcome, profile);
  const next: NoteFields = {
    ...fields,
    done,
    longTerm: longTerm ?? fields.longTerm,
    status: status ?? fields.status,
  };
  return { fields: next, completed, status };
}

function nextStatus(current: string | null, outcome: SessionOutcome, profile: Profile): string | null {
  const { extra, done } = profile.statusValues;
  if (outcome.anyAgain) return current === extra ? null : extra;
  if (outcome.finished && current === extra) return done;
  return null;
}
