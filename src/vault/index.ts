/** The public entry point of vault/: what the rest of bokseup and the tests use from it. */
export { writeNoteAtomic } from './atomic-write.js';
export type { AtomicFs } from './atomic-write.js';
export { decodeNote, readNoteFile } from './read-file.js';
export { walkVault } from './walk.js';
export { templateFolders } from './template-folders.js';
export type { TemplateFolder } from './template-folders.js';
export { TAKE_ALL, walkFilter } from './vault-filter.js';
export type { PathRules, WalkFilter } from './vault-filter.js';
export { sweepLeftovers } from './sweep-leftovers.js';
export type { SweepResult } from './sweep-leftovers.js';
export { DEFAULT_SETTLE_MS, noteSettling, settleTime, settlingAge } from './settling.js';
export type { AtomicWriteResult, NotWritten } from './atomic-write.js';
