/**
 * Run by west-of-utc.test.ts in a child `node` whose TZ is America/Los_Angeles from its first
 * instruction: prints the seed note's derived values and schedule as JSON.
 */
import { koreanProfile } from '../../src/note/index.js';
import { deriveFields, milestoneDates, scheduleNote } from '../../src/schedule/index.js';
import { clockAt, fieldsFromFrontmatter, seedFrontmatter } from './helpers.js';

const tz = process.argv[2] ?? 'America/Los_Angeles';
const fm = seedFrontmatter();
const fields = fieldsFromFrontmatter(fm, koreanProfile);
const clock = clockAt('2024-10-27T14:01', tz);
const result = {
  offset: new Date(2024, 0, 1).getTimezoneOffset(),
  firstStudy: fields.firstStudy,
  expected: Object.fromEntries(koreanProfile.derived.map((d) => [d.key, String(fm[d.key])])),
  derived: Object.fromEntries(deriveFields(koreanProfile, fields, clock)),
  dates: milestoneDates(fields.firstStudy),
  schedule: scheduleNote(fields, koreanProfile, clock, null),
};
process.stdout.write(JSON.stringify(result));
