/** The public entry point of regen/: recompute a note's derived frontmatter, write it back, create notes. */
export { createNote } from './create-note.js';
export type { NewNote } from './create-note.js';
export { regenNotes } from './regen-notes.js';
export type { RegenOptions, RegenSummary } from './regen-notes.js';
export { rewriteNote, staleKeys } from './rewrite-note.js';
export type { FieldUpdate, Rewrite } from './rewrite-note.js';
export { writeRewritten } from './write-rewritten.js';
export { staleNotes } from './stale-notes.js';
export type { StaleNotes } from './stale-notes.js';
