/** The public entry point of ingest/: what the rest of bokseup and the tests use from it. */
export { ingestVault } from './ingest-vault.js';
export { openVault } from './open-vault.js';
export type { IngestReport, ParseResult } from './ingest-vault.js';
export { cardOverlap, matchRenames } from './rename-match.js';
export type { RenameCandidate } from './rename-match.js';
