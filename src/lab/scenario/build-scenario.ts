/**
 * The scenario of a note's lab: each step's commands understood (run or skipped with a reason) and
 * the expectations its shown outputs make. Pure.
 */
import type { LabStep } from '../../note/types.js';
import { expectationOf, probeKey } from './expectations.js';
import type { Expectation, Scenario, ScenarioStep } from './types.js';
import { understandCommand } from './understand-command.js';

/** Build the scenario from the note's lab steps. */
export function buildScenario(steps: LabStep[]): Scenario {
  return { steps: steps.map(buildStep) };
}

function buildStep(step: LabStep): ScenarioStep {
  const out: ScenarioStep = {
    number: step.number,
    title: step.title,
    actions: [],
    skipped: [],
    expectations: [],
  };
  const byProbe = new Map<string, Expectation>();
  for (const command of step.commands) {
    const understood = understandCommand(command.text, 'note');
    if (understood.verdict !== 'run') {
      out.skipped.push({ command: command.text, reason: understood.reason });
      continue;
    }
    out.actions.push({ text: command.text, line: command.line, action: understood.action });
    const expectation = expectationOf(understood.action, command.output, command.text, command.line);
    // The last shown outcome of the same probe wins: the step's end state is what is checked.
    if (expectation) byProbe.set(probeKey(expectation), expectation);
  }
  out.expectations = [...byProbe.values()];
  return out;
}
