/**
 * 005: beside the vault digest, the key of the raw listing `find` gave for it (find-walk.ts) and
 * its file count. When the next listing of the same vault is byte for byte the same, nothing
 * changed either, and the listing need not even be parsed and sorted. The key lives in the digest's
 * row, so the triggers of 003 drop both together.
 */
import type { Migration } from './migration.js';

const sql = `
ALTER TABLE vault_digest ADD COLUMN listing_key TEXT;
ALTER TABLE vault_digest ADD COLUMN listing_count INTEGER;
`;

export const migration005: Migration = { version: 5, name: 'listing key', sql };
