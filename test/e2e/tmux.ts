/**
 * Drive a tmux session from a test: a server of the test's own (never the user's), its screen read
 * with capture-pane and keys typed with send-keys, waiting for each screen instead of sleeping.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { expect, vi } from 'vitest';

/** Whether tmux can be run here (the tmux suites skip without it). */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export interface TmuxOptions {
  /** How to reach the test's own server: `['-L', name]` or `['-S', socketPath]`. */
  server: string[];
  /** The session every command targets. */
  session: string;
  /** Environment of each tmux command (the server's, so the pane's, when one starts it); default ours. */
  env?: NodeJS.ProcessEnv;
  /** Default timeout of `waitForScreen` in ms. */
  timeout: number;
}

/** Commands on one session of one tmux server. */
export function tmuxSession({ server, session, env, timeout: defaultTimeout }: TmuxOptions) {
  const tmux = (...args: string[]): string =>
    execFileSync('tmux', [...server, ...args], { encoding: 'utf8', ...(env ? { env } : {}) });
  const screen = (): string => tmux('capture-pane', '-p', '-t', session);
  const keys = (...k: string[]): void => void tmux('send-keys', '-t', session, ...k);
  const pane = (format: string): string => tmux('display-message', '-p', '-t', session, format).trim();

  /** Wait until the screen shows every text (polling every 50 ms). Returns that screen. */
  const waitForScreen = (texts: string | string[], timeout = defaultTimeout): Promise<string> =>
    vi.waitFor(
      () => {
        const now = screen();
        for (const t of [texts].flat()) expect(now).toContain(t);
        return now;
      },
      { timeout, interval: 50 },
    );

  /** Ink reads keys only once it has put the terminal in raw mode: wait for that, not for time. */
  async function waitForRawMode(timeout = 15_000): Promise<void> {
    const tty = pane('#{pane_tty}');
    await vi.waitFor(
      () => expect(execFileSync('stty', ['-F', tty, '-a'], { encoding: 'utf8' })).toMatch(/-icanon/),
      { timeout, interval: 50 },
    );
  }

  /** Stop the server (for afterAll; nothing happens without tmux). */
  const killServer = (): void => {
    if (hasTmux) spawnSync('tmux', [...server, 'kill-server']);
  };

  return { tmux, screen, keys, pane, waitForScreen, waitForRawMode, killServer };
}
