/**
 * 006: drop the listing key of 005. The vault is listed by one walk in Node; the digest of 003
 * alone says whether anything changed since the last ingest (warm `due` met its target without
 * the key, so the second walker and the key beside the digest went).
 */
import type { Migration } from './migration.js';

const sql = `
ALTER TABLE vault_digest DROP COLUMN listing_key;
ALTER TABLE vault_digest DROP COLUMN listing_count;
`;

export const migration006: Migration = { version: 6, name: 'drop listing key', sql };
