/**
 * The review session reducer: pure, every timestamp arrives in the action. Anki-like rules:
 * Again puts the card back a few cards later, skip moves a card to the end once (a second skip
 * drops it), undo restores the state before the last grade or skip (also from the summary), the
 * session is done when the queue is empty or the learner quits (q shows the summary of what was
 * done; Ctrl+C, or q before any grade, leaves at once). `help` opens and closes the key overlay.
 */
import { labReducer, labGrade } from './session-lab.js';
import type { LabAction } from './session-lab.js';
import { snapshotOf, EMPTY_LAB } from './session-state.js';
import type { QueueEntry, SessionState } from './session-state.js';
import type { Grade } from '../schedule/grade.js';

/** How many cards later an Again card comes back (fewer when the queue is shorter). */
export const REQUEUE_GAP = 3;

/** Everything that can happen in a session. */
export type SessionAction =
  | { type: 'start'; at: Date }
  | { type: 'reveal' }
  | { type: 'grade'; grade: Grade; at: Date }
  | { type: 'undo'; at: Date }
  | { type: 'skip'; at: Date }
  | { type: 'quit'; at: Date; now?: boolean }
  | { type: 'help' }
  | { type: 'lab-continue'; at: Date }
  | LabAction;

/** Apply one action; actions that make no sense in the current state return it unchanged. */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  if (action.type === 'help') return { ...state, help: !state.help };
  if (action.type === 'quit') return quit(state, action.at, action.now === true);
  if (action.type === 'start') return start(state, action.at);
  if (action.type === 'undo' && state.phase === 'done' && !state.quit) return undo(state, action.at);
  if (state.phase !== 'review') return state;
  switch (action.type) {
    case 'reveal':
      return state.revealed ? state : { ...state, revealed: true };
    case 'grade':
      return state.revealed ? grade(state, action.grade, action.at) : state;
    case 'undo':
      return undo(state, action.at);
    case 'skip':
      return state.lab.phase === 'checking' ? state : skip(state, action.at);
    case 'lab-continue': {
      const g = labGrade(state.lab);
      return g === null ? state : grade(state, g, action.at);
    }
    default:
      return labReducer(state, action);
  }
}

function quit(state: SessionState, at: Date, now: boolean): SessionState {
  if (state.phase === 'done') return now && !state.exitNow ? { ...state, exitNow: true } : state;
  const exitNow = now || state.grades.length === 0;
  return { ...state, phase: 'done', quit: true, endedAt: at, help: false, exitNow };
}

function start(state: SessionState, at: Date): SessionState {
  if (state.phase !== 'start') return state;
  if (state.queue.length === 0) return { ...state, phase: 'done', endedAt: at };
  return { ...state, phase: 'review', shownAt: at };
}

/** Move on with a new queue: show its head from `at`, or finish when it is empty. */
function advance(state: SessionState, queue: QueueEntry[], at: Date): SessionState {
  const next = { ...state, queue, revealed: false, lab: EMPTY_LAB, shownAt: at };
  return queue.length === 0 ? { ...next, phase: 'done', endedAt: at } : next;
}

/** Save the current snapshot on the undo stack. */
function pushUndo(state: SessionState): SessionState {
  return { ...state, undo: [...state.undo, snapshotOf(state)] };
}

function grade(state: SessionState, g: Grade, at: Date): SessionState {
  const [head, ...rest] = state.queue;
  const card = head ? state.cards[head.cardId] : undefined;
  if (!head || !card) return state;
  const durationMs = Math.max(0, at.getTime() - (state.shownAt ?? at).getTime());
  const record = { cardId: card.cardId, noteId: card.noteId, grade: g, at, durationMs };
  const saved = pushUndo(state);
  const queue = g === 1 ? requeue(rest, { ...head, skips: 0 }) : rest;
  return advance({ ...saved, grades: [...state.grades, record] }, queue, at);
}

/** Insert `entry` REQUEUE_GAP cards later (at the end of a shorter queue). */
function requeue(rest: QueueEntry[], entry: QueueEntry): QueueEntry[] {
  const at = Math.min(REQUEUE_GAP, rest.length);
  return [...rest.slice(0, at), entry, ...rest.slice(at)];
}

function skip(state: SessionState, at: Date): SessionState {
  const [head, ...rest] = state.queue;
  if (!head) return state;
  const saved = pushUndo(state);
  if (head.skips === 0) return advance(saved, [...rest, { ...head, skips: 1 }], at);
  return advance({ ...saved, skipped: [...state.skipped, head.cardId] }, rest, at);
}

/** Restore the snapshot before the last grade or skip; the restored card's timer restarts at `at`. */
function undo(state: SessionState, at: Date): SessionState {
  const previous = state.undo[state.undo.length - 1];
  if (!previous || state.lab.phase === 'checking') return state;
  return { ...state, ...previous, shownAt: at, undo: state.undo.slice(0, -1) };
}
