/**
 * The review's input hook: ink key events → `keyIntent` → the session's dispatch (or exit).
 * Keys can arrive faster than React re-renders, so the hook keeps its own copy of the state,
 * advanced with the same pure reducer, and never reads a stale screen.
 */
import { useInput } from 'ink';
import { useRef } from 'react';
import type { Dispatch } from 'react';
import { keyIntent } from './review-keys.js';
import { sessionReducer } from './session-reducer.js';
import type { SessionAction } from './session-reducer.js';
import type { SessionState } from './session-state.js';

/** Options: the shell's clock, whether lab cards are checked, and what leaving the summary does. */
export interface ReviewKeysOptions {
  now: () => Date;
  labChecks: boolean;
  /** Leave the summary; receives the session as the keys last saw it. */
  onExit: (state: SessionState) => void;
}

/** Listen to keys for the whole review while mounted. */
export function useReviewKeys(
  state: SessionState,
  dispatch: Dispatch<SessionAction>,
  opts: ReviewKeysOptions,
): void {
  const latest = useRef(state);
  const rendered = useRef(state);
  if (rendered.current !== state) {
    rendered.current = state;
    latest.current = state;
  }
  useInput((input, key) => {
    const intent = keyIntent(latest.current, input, key, opts.now(), opts.labChecks);
    if (intent === null) return;
    if (intent.type === 'exit') {
      opts.onExit(latest.current);
      return;
    }
    latest.current = sessionReducer(latest.current, intent);
    dispatch(intent);
  });
}
