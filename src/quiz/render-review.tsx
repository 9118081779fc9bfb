/**
 * The review TUI's entry point, the only module the CLI imports (lazily, so other commands never
 * load ink or React). Renders the app and resolves with the session's result, which the app hands
 * to ink's `exit(value)` when the learner leaves the summary or quits. It writes nothing: the
 * review use case commits the result.
 */
import { render } from 'ink';
import type { RenderOptions } from 'ink';
import { ReviewApp } from './ReviewApp.js';
import { noColorRequested, ThemeProvider } from './theme.js';
import type { ReviewInput, SessionResult } from './types.js';

/** Streams and colour for the TUI; the process's own when absent. */
export interface RenderReviewOptions {
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  /** Colour on or off; default: off when NO_COLOR is set (chalk 5 ignores it, so we honour it here). */
  color?: boolean;
  /** Write every frame in full instead of redrawing in place (tests; also works under CI=true). */
  debug?: boolean;
}

/**
 * Run one review session in the terminal and resolve with what it did. Quitting (q, Ctrl+C) resolves
 * with `quit: true` and the grades made so far. Rejects only if ink fails to render.
 */
export async function renderReview(
  input: ReviewInput,
  opts: RenderReviewOptions = {},
): Promise<SessionResult> {
  const color = opts.color ?? !noColorRequested(process.env);
  const instance = render(
    <ThemeProvider color={color}>
      <ReviewApp input={input} />
    </ThemeProvider>,
    inkOptions(opts),
  );
  const result = (await instance.waitUntilExit()) as SessionResult | undefined;
  instance.cleanup();
  if (result === undefined) {
    const now = input.now();
    return { startedAt: now, endedAt: now, quit: true, grades: [], skipped: [] };
  }
  return result;
}

/** Ink's options: our streams when given; Ctrl+C is a key of the review (quit keeping grades). */
function inkOptions(opts: RenderReviewOptions): RenderOptions {
  return {
    ...(opts.stdin ? { stdin: opts.stdin } : {}),
    ...(opts.stdout ? { stdout: opts.stdout } : {}),
    ...(opts.stderr ? { stderr: opts.stderr } : {}),
    debug: opts.debug ?? false,
    exitOnCtrlC: false,
    patchConsole: false,
  };
}
