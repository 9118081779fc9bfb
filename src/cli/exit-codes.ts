/**
 * Exit codes of every command (DESIGN §4), and the one place where an error's kind becomes one.
 * Scripts and tests rely on them.
 */
import type { ErrorKind } from '../text/user-error.js';

export const ExitCode = {
  /** Done; also when a review session ends normally or is quit. */
  ok: 0,
  /** Findings: stale notes under --check, a failed lab check, notes with errors, doctor findings. */
  findings: 1,
  /** Usage error: unknown command or option, bad argument. */
  usage: 2,
  /** Environment missing: no TTY for review, no privileges or `ip` for the lab. */
  environment: 3,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit code of an error of `kind`. */
export function exitCodeFor(kind: ErrorKind): ExitCodeValue {
  return ExitCode[kind];
}
