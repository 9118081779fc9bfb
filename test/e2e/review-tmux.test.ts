/**
 * One review session in a real terminal: tmux runs `bokseup review` on a temp copy of the sample
 * vault; the test reads the screen (capture-pane) and types keys, waiting for each screen instead
 * of sleeping; then it checks the note file and the database that the session wrote.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedLines, fieldLine, splitNote } from '../cli/note-diff.js';
import { BIN, makeVault, removeTempVaults, SAMPLE_NOW, SAMPLE_VAULT } from '../cli/run-cli.js';
import { hasTmux, tmuxSession } from './tmux.js';
import { suiteCanRun } from '../require-suite.js';

if (!hasTmux) console.log('[review-tmux] skipped: tmux is not installed (apt-get install tmux)');

const SESSION = 'review';
const NOTE = 'TCP 3-way handshake.md';
const CARDS = 6; // 3 cue questions + 3 highlights, counted by hand in the sample note.

/** tmux's own environment becomes the pane's: zone pinned, no CI (ink draws nothing under CI). */
const tmuxEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'Asia/Seoul', TERM: 'xterm-256color' };
  for (const key of ['CI', 'CONTINUOUS_INTEGRATION', 'NO_COLOR']) delete env[key];
  return env;
};
const { tmux, keys, waitForScreen, waitForRawMode, killServer } = tmuxSession({
  server: ['-L', `bokseup-test-${process.pid}`],
  session: SESSION,
  env: tmuxEnv(),
  timeout: 15_000,
});

afterAll(() => {
  killServer();
  removeTempVaults();
});

describe.runIf(suiteCanRun('the tmux tests', hasTmux, 'tmux is not installed'))(
  'review in a real terminal (tmux)',
  () => {
    it(
      'reviews every card of a day-1 note with Good, then the note and the database agree',
      { timeout: 90_000 },
      async () => {
        const v = makeVault();
        const argv = [process.execPath, BIN, '--vault', v.vault, '--db', v.db];
        argv.push(...SAMPLE_NOW, 'review', '--note', NOTE);
        tmux(
          'new-session',
          '-d',
          '-s',
          SESSION,
          '-x',
          '100',
          '-y',
          '40',
          '-c',
          v.dir,
          // A shell reports the exit status on the screen: tmux 3.3 sometimes marks the pane dead (the
          // tty closed) before it reaps the process, leaving #{pane_dead_status} empty.
          'sh',
          '-c',
          '"$@"; echo "bokseup exited with status $?"',
          'sh',
          ...argv,
          ';',
          'set-option',
          '-t',
          SESSION,
          'remain-on-exit',
          'on',
        );
        const start = await waitForScreen(['Enter begin']);
        expect(start).toContain(`${CARDS} cards in 1 note`);
        expect(start).toContain(`TCP 3-way handshake (${CARDS})`);
        await waitForRawMode();
        keys('Enter');
        for (let card = 1; card <= CARDS; card++) {
          await waitForScreen([` ${card}/${CARDS} `, 'Space reveal']);
          keys('Space');
          await waitForScreen([` ${card}/${CARDS} `, '3 Good']);
          keys('3');
        }
        const summary = await waitForScreen(['session complete']);
        expect(summary).toContain(`Cards reviewed ${CARDS}`);
        expect(summary).toMatch(/0% → .*20%\s+next 2026-12-02/);
        keys('x');
        const end = await waitForScreen(['bokseup exited with status']);
        expect(end).toContain(`saved ${CARDS} reviews of 1 notes`);
        expect(end).toContain('bokseup exited with status 0');

        const file = v.note(NOTE);
        const before = readFileSync(path.join(SAMPLE_VAULT, NOTE));
        expect(fieldLine(file, '❤1일복습여부')).toBe('❤1일복습여부: true');
        expect(fieldLine(file, '오늘2')).toBe('오늘2: 2026/11/29');
        expect(fieldLine(file, '오늘1')).toMatch(/^오늘1: "@2026년 11월 29일 오전 10:0\d"$/);
        expect(fieldLine(file, '학습률')).toBe('학습률: "0.2"');
        const allowed = ['❤1일복습여부', '오늘1', '"1일차복습여부1,0"', '학습률', '진행바'];
        expect([...changedLines(before, readFileSync(file)).keys()].sort()).toEqual(allowed.sort());
        expect(splitNote(readFileSync(file)).body.equals(splitNote(before).body)).toBe(true);

        const db = new Database(v.db, { readonly: true });
        try {
          const note = db.prepare('SELECT id FROM notes WHERE path = ?').get(NOTE) as { id: string };
          const reviews = db
            .prepare('SELECT grade, stage, milestones, session_id FROM reviews WHERE note_id = ? ORDER BY id')
            .all(note.id) as { grade: number; stage: string; milestones: string; session_id: number }[];
          expect(reviews).toHaveLength(CARDS);
          expect(reviews.every((r) => r.grade === 3 && r.stage === 'd1')).toBe(true);
          expect(reviews.flatMap((r) => JSON.parse(r.milestones) as string[])).toEqual(['d1']);
          const sessions = db.prepare('SELECT id, cards_reviewed, quit_early FROM sessions').all();
          expect(sessions).toEqual([{ id: reviews[0]?.session_id, cards_reviewed: CARDS, quit_early: 0 }]);
        } finally {
          db.close();
        }
      },
    );
  },
);
