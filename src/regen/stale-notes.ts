/**
 * Which notes `regen` would change, told by the index instead of the files: each note's derived
 * values as its last ingest recorded them (migration 007) against the values due on the clock, by
 * the same rule as the files (schedule/stale-derived.ts).
 * The vault was ingested right before, so a file that changed since was read again.
 */
import { profileById } from '../note/profile.js';
import { deriveFields } from '../schedule/derived-fields.js';
import { staleDerivedKeys } from '../schedule/stale-derived.js';
import type { DerivedRow } from '../store/derived-queries.js';
import type { Clock } from '../time/clock.js';

/** A fatal problem of a note, by vault path and line (what `regen --json` lists as `errors`). */
export interface RegenError {
  path: string;
  line: number;
  rule: string;
  message: string;
}

export interface StaleNotes {
  /** Notes whose derived values differ from today's. */
  stale: string[];
  /** Notes the index cannot tell about (no recorded values): their files must be read. */
  unknown: string[];
  unchanged: number;
  /** Every fatal problem of the notes that have some, by path and line. */
  errors: RegenError[];
}

/** Sort `rows` (live notes; only the paths in `only`, when given) into stale, unknown and up to date. */
export function staleNotes(
  rows: Iterable<DerivedRow>,
  clock: Clock,
  opts: { addMissing?: boolean; only?: ReadonlySet<string> },
): StaleNotes {
  const out: StaleNotes = { stale: [], unknown: [], unchanged: 0, errors: [] };
  for (const row of rows) {
    if (opts.only !== undefined && !opts.only.has(row.path)) continue;
    if (row.errors !== null) {
      for (const d of row.errors)
        out.errors.push({ path: row.path, line: d.line, rule: d.rule, message: d.message });
    } else if (row.fields === null || row.derived === null) out.unknown.push(row.path);
    else {
      const profile = profileById(row.profileId);
      const wanted = deriveFields(profile, row.fields, clock);
      const written = row.derived;
      const held = (key: string) => (Object.hasOwn(written, key) ? written[key] : undefined);
      if (staleDerivedKeys(profile, held, wanted, clock, opts.addMissing === true).length > 0)
        out.stale.push(row.path);
      else out.unchanged++;
    }
  }
  return out;
}
