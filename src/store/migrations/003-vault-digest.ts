/**
 * 003: the digest of the vault as the last ingest saw it (every note's path, size and mtime). When
 * a walk of the vault gives the same digest, nothing changed since: ingest skips reading and
 * comparing 10 000 stored stats. Triggers drop the digest whenever a note row's path, stat, hash,
 * errors or removal changes by any other means, so a stale digest can never match.
 */
import type { Migration } from './migration.js';

const sql = `
CREATE TABLE vault_digest (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  digest TEXT NOT NULL
) STRICT;
CREATE TRIGGER vault_digest_insert AFTER INSERT ON notes BEGIN DELETE FROM vault_digest; END;
CREATE TRIGGER vault_digest_delete AFTER DELETE ON notes BEGIN DELETE FROM vault_digest; END;
CREATE TRIGGER vault_digest_update AFTER UPDATE OF path, size, mtime_ms, hash, error_json, removed_at ON notes
BEGIN DELETE FROM vault_digest; END;
`;

export const migration003: Migration = { version: 3, name: 'vault digest', sql };
