/**
 * What a command receives: resolved global options, the clock, and the process's streams.
 * Built once by `main.ts` (the only reader of argv, env and the real clock).
 */
import type { Clock } from '../time/clock.js';
import type { PendingWalk } from '../vault/find-walk.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Both stdin and stdout are terminals. */
  isTTY: boolean;
  columns: number;
  /** Milliseconds since the process started (monotonic): durations in the review. */
  elapsedMs: () => number;
  /**
   * Declare that a person is watching this terminal: libraries that read CI/CONTINUOUS_INTEGRATION
   * (ink draws nothing until exit under CI) must draw. Called by `review` before it loads ink.
   */
  claimTerminal: () => void;
}

export interface CommandContext {
  /** Absolute vault folder. */
  vault: string;
  /** Absolute database file. */
  db: string;
  clock: Clock;
  json: boolean;
  color: boolean;
  cwd: string;
  io: Io;
  /** The vault's walk, started before the command's code loaded (taken by the first `openVault`). */
  prewalk?: PendingWalk;
}

/** What main.ts hands to the program before options are parsed. */
export interface Environment {
  env: Record<string, string | undefined>;
  cwd: string;
  /** The real clock, read once. */
  realNow: Date;
  /** The machine's time zone (read on first use); not always an IANA name (TZ=KST-9). */
  processTz: () => string | undefined;
  /** Make `tz` (a known zone) the process's local zone, so that dates in it need no Intl formatter. */
  useZone: (tz: string) => void;
  /** Start walking the vault in the background (main.ts: `startFindWalk`); absent: walk in `openVault`. */
  startWalk?: (root: string) => PendingWalk;
  io: Io;
}
