/**
 * The lab check effect: when the session asks for a check, run the shell's `checkLab` and report
 * the verdict (a thrown error becomes a failed verdict that says so). Leaving the card or the app
 * aborts the check's signal and drops its verdict.
 */
import { useEffect } from 'react';
import type { Dispatch } from 'react';
import type { SessionAction } from './session-reducer.js';
import { currentCard } from './session-select.js';
import type { SessionState } from './session-state.js';
import type { LabVerdict } from '../lab/verdict.js';
import { checkFailed } from './lab-verdict.js';
import type { ReviewInput } from './types.js';

/** Run `checkLab` whenever the current lab card enters the `checking` phase. */
export function useLabCheck(
  state: SessionState,
  dispatch: Dispatch<SessionAction>,
  checkLab: ReviewInput['checkLab'],
): void {
  const card = currentCard(state);
  const checking = state.lab.phase === 'checking' && card?.kind === 'lab' ? card : null;
  const lines = state.lab.lines;
  useEffect(() => {
    if (!checking || !checkLab) return;
    const abort = new AbortController();
    const report = (verdict: LabVerdict) => {
      if (!abort.signal.aborted) dispatch({ type: 'lab-result', cardId: checking.cardId, verdict });
    };
    checkLab(checking, lines, abort.signal).then(report, (error: unknown) =>
      report(checkFailed(checking.labStep ?? 0, `the lab check failed: ${String(error)}`)),
    );
    return () => abort.abort();
  }, [checking, checkLab, lines, dispatch]);
}
