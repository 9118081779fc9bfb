/** The public entry point of doctor/: what the rest of bokseup and the tests use from it. */
export { formatGuesses } from './format-guesses.js';
export { repairDoubleEncoding } from './repair-double-encoding.js';
export type { EncodingGuess } from './repair-double-encoding.js';
export { runDoctor } from './run-doctor.js';
export type { DoctorFile } from './run-doctor.js';
