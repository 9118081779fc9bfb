/**
 * The card of a note that has no question, cloze or lab card (a fresh `bokseup new`, a note of
 * prose): the note reviewed as a whole, as obsidian-spaced-repetition does. Its prompt is the
 * note's title; its answer the summary section, or else the first lines that say something.
 * Its key depends on nothing in the note, so renaming or editing the note keeps its history; it
 * gives way to real cards as soon as the note has some.
 */
import type { BodySource } from './body-source.js';
import { cardKey } from './card-key.js';
import { dedentBlock } from './dedent.js';
import { findSection } from './find-section.js';
import { titleOf } from './note-title.js';
import type { Profile } from './profile.js';
import type { Card } from './types.js';

/** Lines of the body shown when the note has no summary. */
const FIRST_LINES = 12;
/** A list marker or a checkbox with nothing after it: a template's empty item. */
const EMPTY_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+\[[ xX]\])?\s*$/;

function saysSomething(raw: string): boolean {
  return raw.trim() !== '' && !EMPTY_ITEM.test(raw);
}

/** The summary section's lines that say something, dedented; '' when there are none. */
function summaryOf(body: BodySource, profile: Profile): { text: string; line: number } | null {
  const section = findSection(body.lines, profile.sections.summary);
  if (section === null) return null;
  const lines = body.raw.slice(section.start, section.end).filter(saysSomething);
  return lines.length === 0 ? null : { text: dedentBlock(lines), line: body.firstLine + section.heading };
}

/** The first lines with text, the template's own section headings and empty items left out. */
function openingOf(body: BodySource, profile: Profile): string {
  const headings = new Set(Object.values(profile.sections));
  const kept = body.raw.filter((raw, i) => {
    const line = body.lines[i];
    if (line?.kind === 'heading' && headings.has(line.text)) return false;
    return saysSomething(raw);
  });
  return dedentBlock(kept.slice(0, FIRST_LINES));
}

/** The whole-note card of the note at `file`. */
export function wholeNoteCard(body: BodySource, profile: Profile): Card {
  const summary = summaryOf(body, profile);
  return {
    key: cardKey('note', ''),
    kind: 'note',
    prompt: titleOf(body.file),
    answer: summary?.text ?? openingOf(body, profile),
    line: summary?.line ?? body.firstLine,
  };
}
