/**
 * The review TUI's entry point, the only module the CLI imports (lazily, so other commands never
 * load ink or React). Renders the app and resolves with the session's result, which the app hands
 * to ink's `exit(value)` when the learner leaves the summary or quits. It writes nothing: the
 * review use case commits the result.
 */
import { render } from 'ink';
import type { RenderOptions } from 'ink';
import { printableInput } from './printable-input.js';
import { ReviewApp } from './ReviewApp.js';
import { noColorRequested, ThemeProvider } from './theme.js';
import { sessionResult } from './session-select.js';
import type { SessionState } from './session-state.js';
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
 * The signals that end a session from outside: the terminal closed (SIGHUP), the system shutting
 * down (SIGTERM), an interrupt sent by another program (SIGINT; in the TUI Ctrl+C is a key).
 * Node's default would end the process and lose every grade of the session.
 */
const LEAVING_SIGNALS = ['SIGHUP', 'SIGTERM', 'SIGINT'] as const;

/**
 * Run one review session in the terminal and resolve with what it did. Quitting (q, Ctrl+C) resolves
 * with `quit: true` and the grades made so far; so do the signals above (the caller then commits
 * them). Rejects only if ink fails to render.
 */
export async function renderReview(
  input: ReviewInput,
  opts: RenderReviewOptions = {},
): Promise<SessionResult> {
  const color = opts.color ?? !noColorRequested(process.env);
  const leave = new AbortController();
  const latest: { current: SessionState | null } = { current: null };
  const onSignal = () => leave.abort();
  for (const signal of LEAVING_SIGNALS) process.on(signal, onSignal);
  const instance = render(
    <ThemeProvider color={color}>
      <ReviewApp input={printableInput(input)} leave={leave.signal} latest={latest} />
    </ThemeProvider>,
    inkOptions(opts),
  );
  let result: SessionResult | undefined;
  try {
    result = (await instance.waitUntilExit()) as SessionResult | undefined;
  } finally {
    for (const signal of LEAVING_SIGNALS) process.off(signal, onSignal);
    restoreTerminal(() => instance.cleanup(), leave.signal.aborted);
  }
  return result ?? soFar(latest.current, input.now());
}

/**
 * The session as it stood when ink was unmounted without a result (ink's own exit handler runs on a
 * signal too, and may run before the app has seen it): a quit, unless it had been completed.
 */
function soFar(state: SessionState | null, now: Date): SessionResult {
  if (state === null) return { startedAt: now, endedAt: now, quit: true, grades: [], skipped: [] };
  const quit = state.phase === 'done' ? state.quit : true;
  return sessionResult({ ...state, quit, endedAt: state.endedAt ?? now }, now);
}

/** Ink's cleanup; after a leaving signal its failure (the terminal is gone) is no reason to lose the session. */
function restoreTerminal(cleanup: () => void, left: boolean): void {
  try {
    cleanup();
  } catch (error) {
    if (!left) throw error;
  }
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
