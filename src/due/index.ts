/** The public entry point of due/: what the rest of bokseup and the tests use from it. */
export { dueItems, listDue } from './due-items.js';
export type { DueItem } from './due-items.js';
export { scheduleNotes } from './scheduled-notes.js';
export type { ScheduledNote } from './scheduled-notes.js';
