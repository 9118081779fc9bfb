/**
 * The elapsed-time hook behind the card screen's timer: re-reads the shell's clock every second.
 */
import { useEffect, useState } from 'react';

/** Milliseconds from `since` to `now()`, refreshed every `periodMs` while mounted. */
export function useElapsed(now: () => Date, since: Date, periodMs = 1000): number {
  const [elapsed, setElapsed] = useState(() => now().getTime() - since.getTime());
  useEffect(() => {
    const timer = setInterval(() => setElapsed(now().getTime() - since.getTime()), periodMs);
    return () => clearInterval(timer);
  }, [now, since, periodMs]);
  return elapsed;
}
