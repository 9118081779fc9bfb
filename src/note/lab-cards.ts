/**
 * Lab cards: one per lab step (`## N. title` with `$ ` commands), "do this step", answered by the
 * step's commands (checked in a sandbox by the lab).
 */
import { cardKey } from './card-key.js';
import { dedentBlock } from './dedent.js';
import type { BodySource } from './body-source.js';
import type { Card, LabStep } from './types.js';

/** The first line of a lab card's prompt; also the card's identity. */
export function labStepHeader(step: LabStep): string {
  return `Lab step ${step.number}: ${step.title}`;
}

/**
 * One card per step with commands. Prompt: the header, a blank line, then the step's text before
 * its first code block. Answer: the commands as `$ command` lines. The key covers the header only,
 * so editing the explanation or the commands keeps the card's history.
 */
export function labCards(body: BodySource, steps: readonly LabStep[]): Card[] {
  const cards: Card[] = [];
  for (const step of steps) {
    if (step.commands.length === 0) continue;
    const header = labStepHeader(step);
    const intro = introOf(body, step.line - body.firstLine);
    const prompt = intro === '' ? header : `${header}\n\n${intro}`;
    const answer = step.commands.map((c) => `$ ${c.text}`).join('\n');
    cards.push({
      key: cardKey('lab', header),
      kind: 'lab',
      prompt,
      answer,
      line: step.line,
      labStep: step.number,
    });
  }
  return cards;
}

/** The lines after the step heading up to its first code fence or the next heading. */
function introOf(body: BodySource, heading: number): string {
  let end = heading + 1;
  while (end < body.lines.length) {
    const kind = body.lines[end]?.kind;
    if (kind === 'fence' || kind === 'heading') break;
    end++;
  }
  return dedentBlock(body.raw.slice(heading + 1, end));
}
