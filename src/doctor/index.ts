/** The public entry point of doctor/: what the rest of bokseup and the tests use from it. */
export { formatGuesses } from './format-guesses.js';
export { repairDoubleEncoding } from './repair-double-encoding.js';
export type { EncodingGuess } from './repair-double-encoding.js';
export { runDoctor } from './run-doctor.js';
export type { DoctorFile } from './run-doctor.js';
export { yesNoReader } from './ask-yes-no.js';
export { doubtfulGuesses } from './format-guesses.js';
export { findMarks, markGuesses } from './mark-guesses.js';
export { mapTable } from './ngram-table.js';
export { profileAnchors } from './profile-anchors.js';
export { repairModel } from './repair-double-encoding.js';
export { scoreRepair, sumScores } from './score-repair.js';
export type { RepairScore } from './score-repair.js';
export {
  decodeModelFile,
  decodeModelTables,
  encodeModelFile,
  loadShippedCounts,
  shippedModelPath,
} from './syllable-model-file.js';
export { NgramCounts, tokenStream } from './syllable-ngrams.js';
export { wordAnalysis, wordCost } from './word-lexicon.js';
export type { WordLexicon } from './word-lexicon.js';
export { decodeLexicon, encodeLexicon } from './word-lexicon-file.js';
export type { WordEntry } from './word-lexicon-file.js';
export { rescoreWords } from './word-rescore.js';
export { vaultWords } from './vault-words.js';
export type { VaultWords } from './vault-words.js';
