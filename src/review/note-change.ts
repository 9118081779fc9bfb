/**
 * A review's change to a note's frontmatter as data (what a pending write stores, migration 011)
 * and as the field update the writer re-applies on whatever the note holds at write time.
 * Applying it twice is applying it once: flags are set, never toggled.
 */
import type { Milestone, NoteFields, Stage } from '../note/types.js';
import type { FieldUpdate } from '../regen/rewrite-note.js';
import type { NoteChange } from '../store/pending-writes.js';

/** The field update of `change`. */
export function updateOf(change: NoteChange): FieldUpdate {
  return (fields: NoteFields) => {
    const done = { ...fields.done };
    for (const m of change.done) done[m] = true;
    return {
      ...fields,
      done,
      status: change.status ?? fields.status,
      longTerm: change.longTerm ?? fields.longTerm,
    };
  };
}

/** What `mark --stage S` changes. */
export function markChange(stage: Stage): NoteChange {
  return stage === 'long-term' ? { done: [], longTerm: true } : { done: [stage as Milestone] };
}

/** True when `pending` already sets everything `change` sets (logging `change` again would duplicate it). */
export function changeCovers(pending: NoteChange, change: NoteChange): boolean {
  if (change.done.some((m) => !pending.done.includes(m))) return false;
  return change.longTerm !== true || pending.longTerm === true;
}
