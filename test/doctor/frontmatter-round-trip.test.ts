/**
 * The template survives a repair: on the seed and the held-apart notes, damaged and repaired with
 * no corpus, the frontmatter parses and every field the profile reads (first study date, subject,
 * milestone and long-term flags, status) reads back as it was before the damage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileAnchors, repairDoubleEncoding } from '../../src/doctor/index.js';
import { parseNote, koreanProfile, renderYamlKey } from '../../src/note/index.js';
import { doubleEncode, SEED_CLEAN } from './double-encode.js';

const HELD = new URL('./fixtures/held-apart/', import.meta.url);
const notes: [string, string][] = [
  ['seed', readFileSync(SEED_CLEAN, 'utf8')],
  ...readdirSync(HELD).map((n): [string, string] => [
    n,
    readFileSync(new URL(encodeURIComponent(n), HELD), 'utf8'),
  ]),
];
const anchors = profileAnchors(koreanProfile, renderYamlKey);

describe.each(notes)('frontmatter round trip: %s', (_name, clean) => {
  it('the repaired note parses and its fields read back as before the damage', () => {
    const before = parseNote('n.md', clean);
    expect(before.note).not.toBeNull();
    const damaged = doubleEncode(clean, '1254');
    expect(parseNote('n.md', damaged).note).toBeNull();
    const repaired = repairDoubleEncoding(damaged, [], { anchors }).text;
    const after = parseNote('n.md', repaired);
    expect(after.diagnostics.filter((d) => d.fatal)).toEqual([]);
    expect(after.note?.fields).toEqual(before.note?.fields);
    const frontmatter = (t: string): string => t.slice(0, t.indexOf('\n---\n', 4));
    expect(frontmatter(repaired)).toBe(frontmatter(clean));
  });
});
