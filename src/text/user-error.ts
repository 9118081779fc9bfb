/**
 * The one error hierarchy of bokseup. Every error a user can cause is a `UserError`: its message is
 * for the user (it names the file and says what to do) and its `kind` says what went wrong. Only
 * the CLI turns a kind into an exit code (`cli/exit-codes.ts`); the rest of the code never knows
 * exit codes.
 */

/**
 * - `usage`: the command line asks for something impossible (a bad option, no such note or step);
 * - `findings`: the files say no (a note with errors, a failed check);
 * - `environment`: this machine lacks something (a terminal, privileges, a program, a newer bokseup).
 */
export type ErrorKind = 'usage' | 'findings' | 'environment';

export class UserError extends Error {
  override name = 'UserError';

  constructor(
    message: string,
    readonly kind: ErrorKind,
  ) {
    super(message);
  }
}

/** A usage error: the command line asks for something impossible. */
export const usageError = (message: string): UserError => new UserError(message, 'usage');
