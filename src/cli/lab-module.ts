/** Everything the CLI uses from the lab, in one module so `lab` commands load it lazily. */
export { LabError, labEnvironment } from '../lab/lab-environment.js';
export { closeEarlySandbox, labTry, startSandboxEarly } from '../lab/lab-try.js';
export { labDemo, formatDemo } from '../lab/lab-demo.js';
export { labCheck } from '../lab/lab-check.js';
export { labList } from '../lab/lab-list.js';
export { makeLabChecker } from '../lab/check-lab-card.js';
export { formatVerdict, verdictExitCode, type LabVerdict } from '../lab/verdict.js';
