/** The public entry point of store/: what the rest of bokseup and the tests use from it. */
export { DatabaseBusyError, DatabaseFileError, DatabaseTooNewError } from './errors.js';
export { asDatabaseError } from './database-error.js';
export { APPLICATION_ID } from './database-owner.js';
export { migrate } from './migrate.js';
export { migration001 } from './migrations/001-initial.js';
export { migration002 } from './migrations/002-note-card-summary.js';
export { LATEST_VERSION, MIGRATIONS } from './migrations/index.js';
export { openDatabase } from './open-database.js';
export type {
  CardStateUpdate,
  LabAttemptInput,
  NoteRow,
  ReviewInput,
  SessionInput,
  StoredCard,
} from './rows.js';
export type { NoteQueries } from './note-queries.js';
export type { SessionWriter } from './session-writer.js';
export { Store } from './store.js';
export { noteRecord } from './note-record.js';
export type { NoteRecord } from './note-record.js';
export type { DerivedRow } from './derived-queries.js';
export type { ExportedEvent } from './calendar-queries.js';
export type { NoteChange, PendingWrite, PendingWriteInput } from './pending-writes.js';
export type { CommittedSession } from './session-writer.js';
