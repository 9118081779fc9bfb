/**
 * A tiny stand-in for the note parser, so the store's tests do not depend on src/note/parse-note.ts.
 * Format: `# Title`, `subject: S`, `Q: prompt -> answer` lines become question cards (key = prompt),
 * a line `BROKEN` is a fatal diagnostic at its line, a line `OTHER` makes the file an other note.
 */
import type { ParseResult } from '../../src/ingest/index.js';
import type { Card, ParsedNote } from '../../src/note/index.js';

export function fakeParse(path: string, text: string): ParseResult {
  const lines = text.split('\n');
  const broken = lines.findIndex((l) => l.trim() === 'BROKEN');
  if (lines.some((l) => l.trim() === 'OTHER')) return { kind: 'other', note: null, diagnostics: [] };
  if (broken >= 0) {
    return {
      kind: 'study',
      note: null,
      diagnostics: [{ file: path, line: broken + 1, rule: 'yaml-syntax', message: 'broken', fatal: true }],
    };
  }
  const cards: Card[] = [];
  lines.forEach((l, i) => {
    const m = /^Q: (.*?) -> (.*)$/.exec(l);
    if (m)
      cards.push({ key: `q:${m[1]}`, kind: 'question', prompt: m[1] ?? '', answer: m[2] ?? '', line: i + 1 });
  });
  const title = lines.find((l) => l.startsWith('# '))?.slice(2) ?? path.replace(/\.md$/, '');
  const subject = lines.find((l) => l.startsWith('subject: '))?.slice(9) ?? null;
  const note: ParsedNote = {
    path,
    title,
    profileId: 'ko',
    fields: {
      firstStudy: '2024-08-08',
      subject,
      done: { d1: true, d4: false, d7: false, d14: false },
      longTerm: false,
      status: null,
    },
    cards,
    labSteps: [],
    derivedAsWritten: {},
    diagnostics: [],
  };
  return { kind: 'study', note, diagnostics: [] };
}

/** A note text with the given card prompts. */
export function noteText(title: string, prompts: readonly string[]): string {
  return [`# ${title}`, 'subject: Linux', ...prompts.map((p) => `Q: ${p} -> answer of ${p}`), ''].join('\n');
}
