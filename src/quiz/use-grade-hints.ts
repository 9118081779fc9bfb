/**
 * The grade keys' hints for the card on screen, asked of the shell once per showing: with the
 * grades kept so far (so after an Again, an undo or on a requeued card they say what the key does
 * now), not again on every tick of the timer.
 */
import { useMemo } from 'react';
import { currentCard } from './session-select.js';
import type { SessionState } from './session-state.js';
import type { GradeHints, ReviewInput } from './types.js';

/** The hints of the revealed card, or undefined (not revealed, or the shell gives none). */
export function useGradeHints(state: SessionState, input: ReviewInput): GradeHints | undefined {
  const card = currentCard(state);
  const cardId = state.revealed ? card?.cardId : undefined;
  const { grades } = state;
  const { hintsFor, now } = input;
  return useMemo(
    () => (cardId === undefined || hintsFor === undefined ? undefined : hintsFor(cardId, grades, now())),
    [cardId, grades, hintsFor, now],
  );
}
