/**
 * A lab note of the sample vault as a ParsedNote with only what the lab reads (its lab steps), and
 * a describe block shared by the curriculum notes' privileged tests: the note's own solution passes
 * every step, planted mistakes fail with their cause.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { labTry, type LabOptions } from '../../src/lab/index.js';
import { extractLabSteps, type ParsedNote } from '../../src/note/index.js';

const VAULT = new URL('../fixtures/sample-vault/', import.meta.url);

/** The sample vault's note `file` (e.g. `Linux 브리지 네트워크.md`), parsed for its lab steps. */
export function sampleLabNote(file: string): ParsedNote {
  const text = readFileSync(new URL(file, VAULT), 'utf8');
  return {
    path: file,
    title: file.replace(/\.md$/, ''),
    profileId: 'ko',
    fields: {
      firstStudy: '2026-11-29',
      subject: 'Linux',
      done: { d1: false, d4: false, d7: false, d14: false },
      longTerm: false,
      status: null,
    },
    cards: [],
    labSteps: extractLabSteps(text.split('\n'), 1),
    derivedAsWritten: {},
    diagnostics: [],
  };
}

/** The note's own commands of one step, as a learner would type them. */
export function stepCommands(note: ParsedNote, step: number): string[] {
  return note.labSteps.find((s) => s.number === step)?.commands.map((c) => c.text) ?? [];
}

/** A planted mistake: the step, what the learner typed, and the cause the first difference names. */
export interface PlantedMistake {
  name: string;
  step: number;
  commands: string[];
  cause: RegExp;
}

/** Tests (inside the caller's describe): every step's own solution passes; each mistake fails. */
export function curriculumTests(note: ParsedNote, mistakes: PlantedMistake[], opts: LabOptions): void {
  const steps = note.labSteps.map((s) => s.number);
  it.each(steps)('the note’s own commands pass step %i', async (step) => {
    const v = await labTry(note, step, stepCommands(note, step), opts);
    expect(v.refused).toEqual([]);
    expect(v.differences).toEqual([]);
    expect(v.passed).toBe(true);
  });
  it.each(mistakes.map((m) => [m.name, m] as const))('%s fails with its cause', async (_name, m) => {
    const v = await labTry(note, m.step, m.commands, opts);
    expect(v.passed).toBe(false);
    expect(v.refused).toEqual([]);
    expect(v.differences[0]?.explanation).toMatch(m.cause);
  });
}

/** `commands` without the ones matching `drop`. */
export function without(commands: string[], drop: RegExp): string[] {
  return commands.filter((c) => !drop.test(c));
}
