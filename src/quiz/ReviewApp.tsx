/**
 * The review app: the session reducer, the key hook, the lab check effect, and the screen for the
 * current phase (or the `?` key overlay over it). Exits ink once with the session's result
 * (`exit(result)`, which resolves `waitUntilExit()` with it): after the summary, which q shows too;
 * at once on Ctrl+C, a quit before any grade, or when the terminal goes away (`leave`).
 */
import { Box, useApp } from 'ink';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { CardScreen } from './CardScreen.js';
import { LabCardScreen } from './LabCardScreen.js';
import { sessionReducer } from './session-reducer.js';
import { currentCard, progressOf, sessionResult } from './session-select.js';
import { createSession } from './session-state.js';
import type { SessionState } from './session-state.js';
import { StartScreen } from './StartScreen.js';
import { Summary } from './Summary.js';
import { summarizeSession } from './summary-stats.js';
import type { ReviewInput, SessionResult } from './types.js';
import { HelpOverlay } from './HelpOverlay.js';
import { useColumns } from './use-columns.js';
import { useGradeHints } from './use-grade-hints.js';
import { useLabCheck } from './use-lab-check.js';
import { useReviewKeys } from './use-review-keys.js';

/** Props: the shell's input. */
export interface ReviewAppProps {
  input: ReviewInput;
  /** Aborted when the session must end now (the terminal closed): leave at once, keeping the grades. */
  leave?: AbortSignal;
  /** Kept up to date with the session, for a caller whose ink was unmounted from outside. */
  latest?: { current: SessionState | null };
}

/** The whole review TUI. */
export function ReviewApp({ input, leave, latest }: ReviewAppProps) {
  const { exit } = useApp();
  const [state, dispatch] = useReducer(sessionReducer, input, (i) => createSession(i.notes, i.now()));
  const width = useColumns();
  const finished = useRef(false);
  const finish = useCallback(
    (final: SessionState) => {
      if (finished.current) return;
      finished.current = true;
      const result: SessionResult = sessionResult(final, input.now());
      exit(result);
    },
    [input, exit],
  );
  useReviewKeys(state, dispatch, { now: input.now, labChecks: input.checkLab !== undefined, onExit: finish });
  useLabCheck(state, dispatch, input.checkLab);
  useEffect(() => {
    if (latest) latest.current = state;
  }, [state, latest]);
  useEffect(() => {
    const quitNow = () => dispatch({ type: 'quit', at: input.now(), now: true });
    if (leave?.aborted) quitNow();
    leave?.addEventListener('abort', quitNow);
    return () => leave?.removeEventListener('abort', quitNow);
  }, [leave, input]);
  useEffect(() => {
    if (state.phase === 'done' && state.exitNow) finish(state);
  }, [state, finish]);
  if (state.help) return <HelpOverlay width={width} labChecks={input.checkLab !== undefined} />;
  return <Screen state={state} input={input} />;
}

interface ScreenProps {
  state: SessionState;
  input: ReviewInput;
}

/** The summary, after the last card or q; nothing when leaving at once. */
function Done({ state, input, width }: ScreenProps & { width: number }) {
  if (state.exitNow) return <Box />;
  const end = state.endedAt ?? state.startedAt;
  return (
    <Summary
      summary={summarizeSession(state, input.notes, input.predictAfter, end)}
      canUndo={!state.quit && state.undo.length > 0}
      quit={state.quit}
      width={width}
    />
  );
}

function Screen({ state, input }: ScreenProps) {
  const width = useColumns();
  const hints = useGradeHints(state, input);
  if (state.phase === 'start')
    return (
      <StartScreen
        notes={input.notes}
        forecast={input.forecast}
        width={width}
        heldBack={input.heldBack}
        overLimit={input.overLimit}
      />
    );
  if (state.phase === 'done') return <Done state={state} input={input} width={width} />;
  const card = currentCard(state);
  const note = card ? input.notes.find((n) => n.noteId === card.noteId) : undefined;
  if (!card || !note) return <Box />;
  const { done, total } = progressOf(state);
  const header = { note, card, done, total, startedAt: state.startedAt, now: input.now, width };
  if (card.kind === 'lab' && input.checkLab) {
    return <LabCardScreen {...header} lab={state.lab} />;
  }
  return <CardScreen {...header} revealed={state.revealed} hints={hints} />;
}
