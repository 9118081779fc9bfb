import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hasTmux, tmuxSession } from '../e2e/tmux.js';
import { suiteCanRun } from '../require-suite.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'bokseup-tmux-'));
const session = `bokseup-quiz-${process.pid}`;
const { tmux, screen, keys, waitForScreen, killServer } = tmuxSession({
  server: ['-S', join(dir, 'tmux.sock')],
  session,
  timeout: 20_000,
});

afterAll(() => {
  killServer();
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(suiteCanRun('the tmux tests', hasTmux, 'tmux is not installed'))(
  'review in a real terminal (tmux)',
  () => {
    it(
      'runs a whole session with Korean, a cloze and a lab card, and resolves',
      { timeout: 90_000 },
      async () => {
        const out = join(dir, 'result.json');
        const script = join(root, 'test/quiz/fixtures/tmux-review.tsx');
        const tsx = join(root, 'node_modules/.bin/tsx');
        // Ink draws nothing until exit when CI is set: the terminal session runs without it.
        const command = `env -u CI -u CONTINUOUS_INTEGRATION '${tsx}' '${script}' '${out}'`;
        tmux('new-session', '-d', '-s', session, '-x', '64', '-y', '40', '-c', root, command);
        await waitForScreen('Enter begin', 60_000);
        keys('Enter');
        await waitForScreen('네트워크 네임스페이스란?');
        keys('Space');
        await waitForScreen('네트워크를 격리하는 기술');
        expect(screen()).toContain('3 Good 3d');
        keys('3');
        await waitForScreen('하는 기술.');
        keys('Space');
        await waitForScreen('격리된 네트워크 공간을 형성');
        keys('1');
        await waitForScreen('명령어를 입력하세요');
        keys('ip link add veth0 type veth peer name veth2', 'BSpace', '1', 'Enter', 'Enter');
        await waitForScreen('PASS veth0 ↔ veth1');
        keys('Enter');
        await waitForScreen('하는 기술.');
        keys('Space');
        await waitForScreen('격리된 네트워크 공간을 형성');
        keys('4');
        await waitForScreen('session complete');
        const summary = screen();
        for (const line of summary.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(64);
        expect(summary).toMatch(/20% → .*40%\s+next 2024-11-03/);
        keys('x');
        await vi.waitFor(() => expect(existsSync(out)).toBe(true), { timeout: 10_000 });
        const result = JSON.parse(readFileSync(out, 'utf8')) as {
          quit: boolean;
          grades: { cardId: string; grade: number }[];
        };
        expect(result.quit).toBe(false);
        expect(result.grades.map((g) => [g.cardId, g.grade])).toEqual([
          ['q1', 3],
          ['z1', 1],
          ['l2', 3],
          ['z1', 4],
        ]);
      },
    );
  },
);
