/**
 * What a command receives: resolved global options, the clock, and the process's streams.
 * Built once by `main.ts` (the only reader of argv, env and the real clock).
 */
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { Settings, Source } from '../config/settings.js';
import type { Clock } from '../time/clock.js';

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
   * (ink draws nothing until exit under CI) must draw; and a hang-up, SIGTERM or SIGINT no longer
   * ends the process at once (the TUI ends its session on them, and the command commits it).
   * Called by `review` before it loads ink.
   */
  claimTerminal: () => void;
}

export interface CommandContext {
  /** Absolute vault folder. */
  vault: string;
  /** Absolute database file. */
  db: string;
  /** The vault's settings (config files, else defaults). */
  settings: Settings;
  /** How the vault, the database and the settings were found (`bokseup config`). */
  config: ResolvedConfig;
  clock: Clock;
  /** Where the time zone came from (`--tz`, `BOKSEUP_TZ`, or the machine). */
  tzSource: Source;
  json: boolean;
  color: boolean;
  cwd: string;
  io: Io;
  /** `--follow-links`: write a symlinked note whose target is outside the vault. */
  followLinks?: boolean;
}

/** What main.ts hands to the program before options are parsed. */
export interface Environment {
  env: Record<string, string | undefined>;
  cwd: string;
  /** The real clock, read once. */
  realNow: Date;
  /** The machine's time zone (read on first use); not always an IANA name (TZ=KST-9). */
  processTz: () => string | undefined;
  io: Io;
}
