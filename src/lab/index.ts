/**
 * The lab's public entry point: everything the CLI, the review and the tests use from the lab, in
 * one module that the `lab` commands and lab cards load lazily.
 */
export { LabError, labEnvironment } from './lab-environment.js';
export type { LabEnvironment, LabOptions } from './lab-environment.js';
export { closeEarlySandbox, labTry, startSandboxEarly } from './lab-try.js';
export { labDemo, formatDemo } from './lab-demo.js';
export { checkMachine } from './check-machine.js';
export { liveProbes } from './live-probes.js';
export { labList } from './lab-list.js';
export { formatVerdict } from './verdict.js';
export type { LabVerdict } from './verdict.js';
export { checkAndRecordAttempt, type AttemptClock } from './record-attempt.js';
export { findLabNote, labCacheDir, labNotes } from './find-lab-note.js';
export { parseAnswers } from './lab-try.js';
export { clearReferenceMemory, referenceFor, referenceKey } from './run/reference-cache.js';
export { groupForBatch } from './run/run-batched.js';
export { ACTION_TIMEOUT_MS, runAction } from './run/run-action.js';
export { shellQuote } from './sandbox/init-script.js';
export { preflight } from './sandbox/preflight.js';
export {
  realRunner,
  type LongProcess,
  type ProcessRunner,
  type RunResult,
} from './sandbox/process-runner.js';
export {
  createSandbox,
  nsenterPrefix,
  unshareArgv,
  type Sandbox,
  type SandboxMode,
} from './sandbox/sandbox.js';
export { actionArgv, describeAction } from './scenario/action-argv.js';
export { buildScenario } from './scenario/build-scenario.js';
export type { Action } from './scenario/types.js';
export { understandCommand } from './scenario/understand-command.js';
export { compareProbes, compareStates } from './state/compare-states.js';
export { normaliseSnapshot } from './state/normalise.js';
export { parseBatchJson, takeSnapshot } from './run/take-snapshot.js';
export type { IpExec } from './run/take-snapshot.js';
export type { LabState, RawNamespace, RawSnapshot } from './state/types.js';
export { missingBefore, missingFeature, uncheckableReason } from './run/step-problem.js';
export { compareShown } from './scenario/compare-shown.js';
