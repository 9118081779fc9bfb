/** The one-line text form of an ingest report (`bokseup ingest`). */
import type { IngestReport } from '../ingest/ingest-report.js';
import { plural } from '../text/plural.js';

/**
 * `scanned 1520: 300 study notes, 1220 other notes; 3 added, …`: what the vault holds (templates
 * and tag-excluded notes only when there are some), then what this ingest changed.
 */
export function ingestSummary(r: IngestReport): string {
  const kinds = [plural(r.studyNotes, 'study note'), plural(r.otherNotes, 'other note')];
  if (r.templates > 0) kinds.push(plural(r.templates, 'template'));
  if (r.excluded > 0) kinds.push(`${r.excluded} excluded by tag`);
  const changes = `${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.removed} removed`;
  const skipped = r.skipped.length > 0 ? `, ${r.skipped.length} skipped` : '';
  return `scanned ${r.scanned}: ${kinds.join(', ')}; ${changes}, ${plural(r.errors.length, 'error')}${skipped}`;
}
