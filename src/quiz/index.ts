/** The public entry point of quiz/: what the rest of bokseup and the tests use from it. */
export { CardScreen } from './CardScreen.js';
export type { CardScreenProps } from './CardScreen.js';
export { StartScreen } from './StartScreen.js';
export { Summary } from './Summary.js';
export { answerSource } from './answer-source.js';
export { formatElapsed } from './format.js';
export { Markdown } from './markdown.js';
export { renderReview } from './render-review.js';
export { keyIntent } from './review-keys.js';
export type { KeyFlags } from './review-keys.js';
export { labGrade } from './session-lab.js';
export { REQUEUE_GAP, sessionReducer } from './session-reducer.js';
export type { SessionAction } from './session-reducer.js';
export { currentCard, noteOutcomes, progressOf, sessionResult } from './session-select.js';
export { createSession } from './session-state.js';
export type { SessionState } from './session-state.js';
export { summarizeSession } from './summary-stats.js';
export { ThemeProvider, noColorRequested } from './theme.js';
export type {
  CardOutcome,
  GradeHints,
  GradeRecord,
  NotePrediction,
  QueueCard,
  QueueNote,
  ReviewInput,
  SessionResult,
} from './types.js';
/** The lab's verdict, the one type the lab card renders (a type only: the lab loads lazily). */
export type { LabVerdict } from '../lab/verdict.js';
export { checkFailed, refusedInput } from './lab-verdict.js';
export { HelpOverlay } from './HelpOverlay.js';
export { revealCloze } from './cloze-reveal.js';
export { useColumns, useRows } from './use-columns.js';
export { LabCardScreen } from './LabCardScreen.js';
export { breakLongLines } from './long-lines.js';
