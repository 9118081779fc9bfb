/** The public entry point of ingest/: what the rest of bokseup and the tests use from it. */
export { ingestVault } from './ingest-vault.js';
export { openVault } from './open-vault.js';
export type { IngestReport, ParseResult } from './ingest-vault.js';
export { cardOverlap, matchRenames } from './rename-match.js';
export type { RenameCandidate } from './rename-match.js';
export { ingestVaultLazily } from './ingest-vault.js';
export type { LazyIngest } from './ingest-vault.js';
export { ScanPool } from './scan-pool.js';
export { NO_RULES, vaultScope } from './vault-scope.js';
export type { VaultRules, VaultScope } from './vault-scope.js';
