/**
 * What `mark` should warn about before it records a stage: the milestones before it that are not
 * done. Marking day 14 while day 7 is open skips day 7 (its review will be due first, and stays so).
 */
import type { Milestone, NoteFields, Stage } from '../note/types.js';
import { MILESTONES } from '../note/types.js';
import type { Store } from '../store/store.js';

/** The milestones before `stage` (all four for `long-term`) that `fields` has not done, in order. */
export function skippedMilestones(fields: NoteFields, stage: Stage): Milestone[] {
  const before = stage === 'long-term' || stage === 'extra' ? MILESTONES.length : MILESTONES.indexOf(stage);
  return MILESTONES.slice(0, before).filter((m) => !fields.done[m]);
}

/** The milestones marking `stage` on the note at vault path `rel` would skip ([] for an unknown note). */
export function markSkips(store: Store, rel: string, stage: Stage): Milestone[] {
  const fields = store.notes.byPath(rel)?.fields;
  return fields ? skippedMilestones(fields, stage) : [];
}
