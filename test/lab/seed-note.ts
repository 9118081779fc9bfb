/** The seed note as a ParsedNote with only what the lab reads (its lab steps), for lab tests. */
import { readFileSync } from 'node:fs';
import { extractLabSteps, type ParsedNote } from '../../src/note/index.js';

const SEED = new URL('../fixtures/notes/seed/input.md', import.meta.url);

export function seedNote(): ParsedNote {
  return {
    path: 'Linux 네트워크 네임스페이스.md',
    title: 'Linux 네트워크 네임스페이스',
    profileId: 'ko',
    fields: {
      firstStudy: '2024-08-08',
      subject: 'Linux',
      done: { d1: true, d4: true, d7: true, d14: true },
      longTerm: false,
      status: null,
    },
    cards: [],
    labSteps: extractLabSteps(readFileSync(SEED, 'utf8').split('\n'), 1),
    derivedAsWritten: {},
    diagnostics: [],
  };
}

/** The note's own commands of one step, as a learner would type them. */
export function noteCommands(step: number): string[] {
  return (
    seedNote()
      .labSteps.find((s) => s.number === step)
      ?.commands.map((c) => c.text) ?? []
  );
}
