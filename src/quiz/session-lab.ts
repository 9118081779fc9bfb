/**
 * The lab part of the session reducer: the learner types commands one line at a time, submits
 * them, the shell runs the check and reports a verdict; a pass grades Good (Hard after a failed
 * try), giving up after a failure grades Again, and a retry starts a fresh attempt.
 */
import type { LabState, SessionState } from './session-state.js';
import type { Grade, LabVerdict } from './types.js';

/** Actions of a lab card. `lab-result` names its card so a late verdict for another card is ignored. */
export type LabAction =
  | { type: 'lab-line'; text: string }
  | { type: 'lab-unline' }
  | { type: 'lab-submit' }
  | { type: 'lab-result'; cardId: string; verdict: LabVerdict }
  | { type: 'lab-retry' };

/** Apply a lab action to the current card (which must be a lab card). */
export function labReducer(state: SessionState, action: LabAction): SessionState {
  const head = state.queue[0];
  const card = head ? state.cards[head.cardId] : undefined;
  if (!card || card.kind !== 'lab') return state;
  const lab = nextLab(state.lab, action, card.cardId);
  return lab === state.lab ? state : { ...state, lab };
}

function nextLab(lab: LabState, action: LabAction, cardId: string): LabState {
  switch (action.type) {
    case 'lab-line': {
      const text = action.text.trim();
      return lab.phase === 'input' && text !== '' ? { ...lab, lines: [...lab.lines, text] } : lab;
    }
    case 'lab-unline':
      return lab.phase === 'input' && lab.lines.length > 0 ? { ...lab, lines: lab.lines.slice(0, -1) } : lab;
    case 'lab-submit':
      return lab.phase === 'input' && lab.lines.length > 0 ? { ...lab, phase: 'checking' } : lab;
    case 'lab-result':
      if (lab.phase !== 'checking' || action.cardId !== cardId) return lab;
      return {
        ...lab,
        phase: 'verdict',
        verdict: action.verdict,
        failures: lab.failures + (action.verdict.passed ? 0 : 1),
      };
    case 'lab-retry':
      return lab.phase === 'verdict' && lab.verdict?.passed === false
        ? { ...lab, phase: 'input', lines: [], verdict: null }
        : lab;
  }
}

/** The grade a finished lab attempt earns, or null while no verdict is shown. */
export function labGrade(lab: LabState): Grade | null {
  if (lab.phase !== 'verdict' || !lab.verdict) return null;
  if (!lab.verdict.passed) return 1;
  return lab.failures > 0 ? 2 : 3;
}
