/**
 * The commands of a step that the lab skips although they mean to change the lab's state (a
 * program the lab does not run, an option it does not understand), as opposed to package installs
 * and services, which change the machine and not the lab. What they change is missing from the
 * reference, so a step with one may not be checkable. Pure.
 */
import type { ScenarioStep, SkippedCommand } from './types.js';

/** Skip reasons that say the command has nothing to do with the lab's state. */
const HARMLESS = /not the lab|empty command/;

/** Skipped commands of `step` whose effect the reference lacks. */
export function skippedChanges(step: Pick<ScenarioStep, 'skipped'>): SkippedCommand[] {
  return step.skipped.filter((k) => !HARMLESS.test(k.reason));
}
