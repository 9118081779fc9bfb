/** The public entry point of note/: what the rest of bokseup and the tests use from it. */
export { scanBodyLines } from './body-lines.js';
export { cardKey, normalisePrompt } from './card-key.js';
export type { Diagnostic } from './diagnostic.js';
export { extractCards } from './extract-cards.js';
export { findSection } from './find-section.js';
export { FrontmatterPatchError } from './frontmatter-patch-error.js';
export { patchFrontmatter } from './frontmatter-patch.js';
export { readFrontmatter, readYamlEntries } from './frontmatter.js';
export { scanFlatYaml } from './flat-yaml.js';
export {
  MAX_FRONTMATTER_BYTES,
  MAX_FRONTMATTER_DEPTH,
  checkFrontmatterLimits,
} from './frontmatter-limits.js';
export type { Frontmatter } from './frontmatter.js';
export { findHighlights, unmarkHighlights } from './highlights.js';
export { extractLabSteps } from './lab-steps.js';
export { topLevelItems } from './list-items.js';
export { parseLocalDate } from './local-date.js';
export { noteOutline } from './note-outline.js';
export { newNoteText } from './note-template.js';
export { parseNote } from './parse-note.js';
export { titleOf } from './note-title.js';
export { PROFILES, englishProfile, koreanProfile } from './profile.js';
export type { Profile } from './profile.js';
export { readFields } from './read-fields.js';
export type { Card, LocalDate, NoteFields, ParsedNote, Stage } from './types.js';
export { renderYamlKey } from './yaml-scalar-render.js';
