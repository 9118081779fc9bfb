/**
 * The lab part of the session reducer: the learner types commands (Enter ends a line, an empty
 * line runs the check), the shell reports a verdict; a pass grades Good (Hard after a failed try),
 * giving up after a failure grades Again, and a retry starts a fresh attempt. Refused input (nothing
 * ran) is not a failed try.
 *
 * Typing is handled here rather than by ink-text-input: a pasted `cmd\r` (or tmux `send-keys`)
 * arrives as one input event, which ink-text-input stores with the `\r` inside the value; here the
 * text is split into lines (DEL and BS inside a chunk erase), so pasting several commands works.
 */
import type { LabState, SessionState } from './session-state.js';
import type { Grade } from '../schedule/grade.js';
import type { LabVerdict } from '../lab/verdict.js';
import { refusedInput } from './lab-verdict.js';

/** Actions of a lab card. `lab-result` names its card so a late verdict for another card is ignored. */
export type LabAction =
  | { type: 'lab-type'; text: string }
  | { type: 'lab-erase' }
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
    case 'lab-type':
      return lab.phase === 'input' ? typeText(lab, action.text) : lab;
    case 'lab-erase':
      return lab.phase === 'input' ? erase(lab) : lab;
    case 'lab-result':
      if (lab.phase !== 'checking' || action.cardId !== cardId) return lab;
      return {
        ...lab,
        phase: 'verdict',
        verdict: action.verdict,
        failures: lab.failures + (action.verdict.passed || refusedInput(action.verdict) ? 0 : 1),
      };
    case 'lab-retry':
      return lab.phase === 'verdict' && lab.verdict?.passed === false ? retry(lab) : lab;
  }
}

/**
 * Type `text`, a key or a whole pasted chunk: a line end commits the draft (or runs the check when
 * the draft is empty and lines exist), DEL/BS erase, a tab is a space, other control characters go.
 */
function typeText(lab: LabState, text: string): LabState {
  let next = lab;
  for (const ch of text.replace(/\r\n/g, '\n')) {
    if (ch === '\r' || ch === '\n') next = endLine(next);
    else if (ch === '\u007f' || ch === '\b') next = erase(next);
    else if (ch === '\t') next = { ...next, draft: next.draft + ' ' };
    else if (ch >= ' ') next = { ...next, draft: next.draft + ch };
    if (next.phase !== 'input') return next;
  }
  return next;
}

function endLine(lab: LabState): LabState {
  const line = lab.draft.trim();
  if (line !== '') return { ...lab, lines: [...lab.lines, line], draft: '' };
  return lab.lines.length > 0 ? { ...lab, phase: 'checking', draft: '' } : { ...lab, draft: '' };
}

/** Drop the draft's last character, or reopen the previous line when the draft is empty. */
function erase(lab: LabState): LabState {
  if (lab.draft !== '') return { ...lab, draft: Array.from(lab.draft).slice(0, -1).join('') };
  const last = lab.lines[lab.lines.length - 1];
  return last === undefined ? lab : { ...lab, lines: lab.lines.slice(0, -1), draft: last };
}

/** A fresh attempt; after refused input the typed lines stay, to be fixed (Backspace reopens one). */
function retry(lab: LabState): LabState {
  const lines = lab.verdict && refusedInput(lab.verdict) ? lab.lines : [];
  return { ...lab, phase: 'input', lines, draft: '', verdict: null };
}

/** The grade a finished lab attempt earns, or null while no verdict is shown. */
export function labGrade(lab: LabState): Grade | null {
  if (lab.phase !== 'verdict' || !lab.verdict) return null;
  if (!lab.verdict.passed) return 1;
  return lab.failures > 0 ? 2 : 3;
}
