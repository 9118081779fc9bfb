/**
 * The review's key map as a pure function: which session action a key press means on the
 * current screen. `useReviewKeys` feeds it ink's key events; tests call it directly.
 */
import type { Key } from 'ink';
import type { SessionAction } from './session-reducer.js';
import { currentCard } from './session-select.js';
import type { SessionState } from './session-state.js';
import type { Grade } from '../schedule/grade.js';

/** What a key press asks for: a session action, leaving the summary (`exit`), or nothing. */
export type KeyIntent = SessionAction | { type: 'exit' } | null;

/** The key fields the map reads (a subset of ink's `Key`; the scroll keys only to leave them to a viewport). */
export type KeyFlags = Pick<Key, 'return' | 'escape' | 'ctrl' | 'meta' | 'backspace' | 'delete'> &
  Partial<Pick<Key, 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown'>>;

/** ↑ ↓ PgUp PgDn: they scroll what is shown (see `Viewport`) and mean nothing to the session. */
const isScrollKey = (key: KeyFlags): boolean =>
  key.upArrow === true || key.downArrow === true || key.pageUp === true || key.pageDown === true;

const GRADE_KEYS: Readonly<Record<string, Grade>> = { '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Map a key to an intent. `at` stamps timed actions; `labChecks` says whether lab cards are checked
 * in the sandbox (when not, they are self-graded like question cards). Ctrl+C leaves at once
 * everywhere, keeping the grades made so far; `?` opens the key overlay, and any key but a scroll
 * key closes it.
 */
export function keyIntent(
  state: SessionState,
  input: string,
  key: KeyFlags,
  at: Date,
  labChecks: boolean,
): KeyIntent {
  if (key.ctrl && input === 'c') return { type: 'quit', at, now: true };
  if (state.help) return isScrollKey(key) ? null : { type: 'help' };
  if (state.phase === 'done') {
    if (isScrollKey(key)) return null;
    if (state.quit) return { type: 'exit' };
    return input === 'u' && state.undo.length > 0 ? { type: 'undo', at } : { type: 'exit' };
  }
  if (state.phase === 'start') {
    if (key.return || isLineFeed(input, key)) return { type: 'start', at };
    if (input === '?') return { type: 'help' };
    return input === 'q' || key.escape ? { type: 'quit', at } : null;
  }
  const card = currentCard(state);
  if (card?.kind === 'lab' && labChecks) return labIntent(state, input, key, at);
  return cardIntent(state, input, key, at);
}

function commonIntent(input: string, at: Date): KeyIntent {
  if (input === 'q') return { type: 'quit', at };
  if (input === 'u') return { type: 'undo', at };
  if (input === 's') return { type: 'skip', at };
  if (input === '?') return { type: 'help' };
  return null;
}

/** Space and Enter reveal, and only reveal: a grade is always one of the four keys. */
function cardIntent(state: SessionState, input: string, key: KeyFlags, at: Date): KeyIntent {
  const reveal = key.return || input === ' ';
  if (!state.revealed) return reveal ? { type: 'reveal' } : commonIntent(input, at);
  const grade = GRADE_KEYS[input];
  return grade ? { type: 'grade', grade, at } : commonIntent(input, at);
}

function labIntent(state: SessionState, input: string, key: KeyFlags, at: Date): KeyIntent {
  const { lab } = state;
  if (lab.phase === 'input') return typingIntent(input, key, at);
  if (lab.phase === 'checking') return input === 'q' ? { type: 'quit', at } : null;
  if (key.return || input === ' ') return { type: 'lab-continue', at };
  if (input === 'r' && lab.verdict?.passed === false) return { type: 'lab-retry' };
  return commonIntent(input, at);
}

/** Keys while typing commands: text goes to the draft, Esc skips the card. */
function typingIntent(input: string, key: KeyFlags, at: Date): KeyIntent {
  if (key.escape) return { type: 'skip', at };
  if (key.return) return { type: 'lab-type', text: '\n' };
  if (key.backspace || key.delete) return { type: 'lab-erase' };
  if (key.ctrl || key.meta || input === '') return null;
  return { type: 'lab-type', text: input };
}

/**
 * Enter pressed before ink has put the terminal in raw mode arrives as a line feed (the tty's
 * ICRNL turned `\r` into `\n`, which ink names `enter`, not `return`). Only the start screen can
 * see it: it is drawn before raw mode is on.
 */
function isLineFeed(input: string, key: KeyFlags): boolean {
  return input === '\n' || (key.ctrl && input === 'enter');
}
