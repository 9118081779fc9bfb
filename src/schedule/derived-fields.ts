/**
 * The values of a profile's derived frontmatter keys (dates, day count, flags, learning rate,
 * progress bar), as the scalar text the note should hold — not YAML source: the writer chooses
 * the quoting.
 */
import type { DerivedFormat, Profile } from '../note/profile.js';
import type { NoteFields } from '../note/types.js';
import type { Clock } from '../time/clock.js';
import { daysBetween, today } from '../time/clock.js';
import { formatDate, formatNow } from '../time/format-time.js';
import { formatRate, learningRateTenths } from './learning-rate.js';
import { milestoneDates } from './milestones.js';
import { progressBar } from './progress-bar.js';

/**
 * Every derived key of the profile mapped to its value for these fields at the clock's instant,
 * in the profile's order. `today` dates are formatted from the instant in the clock's zone (so a
 * pattern may include the time); the other dates are calendar dates.
 */
export function deriveFields(profile: Profile, fields: NoteFields, clock: Clock): Map<string, string> {
  const values = new Map<string, string>();
  for (const { key, format } of profile.derived) {
    values.set(key, deriveValue(format, profile, fields, clock));
  }
  return values;
}

function deriveValue(format: DerivedFormat, profile: Profile, fields: NoteFields, clock: Clock): string {
  switch (format.kind) {
    case 'date':
      if (format.of === 'today') return formatNow(clock, format.pattern, profile.locale);
      if (format.of === 'first') return formatDate(fields.firstStudy, format.pattern, profile.locale);
      return formatDate(milestoneDates(fields.firstStudy)[format.of], format.pattern, profile.locale);
    case 'days':
      return format.template.replaceAll('{n}', String(daysBetween(fields.firstStudy, today(clock))));
    case 'flag':
      return (format.of === 'longTerm' ? fields.longTerm : fields.done[format.of]) ? '1' : '0';
    case 'rate':
      return formatRate(learningRateTenths(fields), format.style);
    case 'bar':
      return progressBar(learningRateTenths(fields));
  }
}
