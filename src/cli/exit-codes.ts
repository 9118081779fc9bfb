/** Exit codes of every command (DESIGN §4). Scripts and tests rely on them. */
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

/** An error whose message is for the user and whose code is the exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string): CliError => new CliError(message, ExitCode.usage);
