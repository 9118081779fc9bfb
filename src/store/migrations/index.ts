/**
 * All migrations, in order. Add a new file `NNN-name.ts` and append it here; never edit a shipped one.
 */
import type { Migration } from './migration.js';
import { migration001 } from './001-initial.js';
import { migration002 } from './002-note-card-summary.js';
import { migration003 } from './003-vault-digest.js';
import { migration004 } from './004-small-indexes.js';
import { migration005 } from './005-listing-key.js';
import { migration006 } from './006-drop-listing-key.js';
import { migration007 } from './007-note-derived.js';
import { migration008 } from './008-note-kind.js';
import { migration009 } from './009-whole-note-cards.js';
import { migration010 } from './010-calendar-events.js';
import { migration011 } from './011-pending-writes.js';

/** Every migration this build knows, ascending by version (1, 2, 3 …). */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
];

/** The schema version this build writes. */
export const LATEST_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;
