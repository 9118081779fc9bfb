/**
 * The text of a new note in a profile's template: input keys, every derived key (values supplied by
 * the caller, computed by the schedule), then the section headings. Used by `bokseup new`.
 */
import type { Profile } from './profile.js';
import { renderYamlKey as yamlKey, renderYamlScalar } from './yaml-scalar-render.js';

export interface NewNoteInput {
  firstStudy: string;
  subject: string | null;
  /** Derived key → value, as `deriveFields` computes them. */
  derived: ReadonlyMap<string, string>;
}

function frontmatterLines(profile: Profile, input: NewNoteInput): string[] {
  const k = profile.keys;
  const lines = [`${yamlKey(k.firstStudy)}: ${input.firstStudy}`];
  lines.push(
    `${yamlKey(k.subject)}: ${input.subject === null ? '' : scalar(input.subject, false)}`.trimEnd(),
  );
  for (const flag of [k.d1, k.d4, k.d7, k.d14, k.longTerm]) lines.push(`${yamlKey(flag)}: false`);
  lines.push(`${yamlKey(k.status)}:`);
  for (const field of profile.derived) {
    const value = input.derived.get(field.key) ?? '';
    lines.push(`${yamlKey(field.key)}: ${scalar(value, field.quoted === true)}`);
  }
  return lines;
}

function scalar(value: string, quoted: boolean): string {
  return renderYamlScalar(value, quoted ? 'QUOTE_DOUBLE' : 'PLAIN');
}

/** The whole note text (LF line endings). */
export function newNoteText(profile: Profile, input: NewNoteInput): string {
  const s = profile.sections;
  const body = [s.cues, s.core, s.summary, s.reminder].map((h) => `### ${h}\n\n- \n`).join('\n');
  return `---\n${frontmatterLines(profile, input).join('\n')}\n---\n${body}`;
}
