/**
 * One review session in a real terminal: tmux runs `bokseup review` on a temp copy of the sample
 * vault; the test reads the screen (capture-pane) and types keys, waiting for each screen instead
 * of sleeping; then it checks the note file and the database that the session wrote.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
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

/** `bokseup review ARGS…` on the vault `v` in a new tmux session, its exit status left on the screen. */
function startReview(v: { vault: string; db: string; dir: string }, args: string[]): void {
  const argv = [process.execPath, BIN, '--vault', v.vault, '--db', v.db, ...SAMPLE_NOW, 'review', ...args];
  try {
    tmux('kill-session', '-t', SESSION); // the previous test's, left on exit for its last screen
  } catch {
    // none yet
  }
  // A shell reports the exit status on the screen: tmux 3.3 sometimes marks the pane dead (the tty
  // closed) before it reaps the process, leaving #{pane_dead_status} empty.
  const shell = ['sh', '-c', '"$@"; echo "bokseup exited with status $?"', 'sh', ...argv];
  tmux('new-session', '-d', '-s', SESSION, '-x', '100', '-y', '40', '-c', v.dir, ...shell);
  tmux('set-option', '-t', SESSION, 'remain-on-exit', 'on');
}

/** Reveal and grade Good each of the note's CARDS cards, one screen after another. */
async function gradeAllGood(): Promise<void> {
  for (let card = 1; card <= CARDS; card++) {
    await waitForScreen([` ${card}/${CARDS} `, 'Space reveal']);
    keys('Space');
    await waitForScreen([` ${card}/${CARDS} `, '3 Good']);
    keys('3');
  }
}

describe.runIf(suiteCanRun('the tmux tests', hasTmux, 'tmux is not installed'))(
  'review in a real terminal (tmux)',
  () => {
    it(
      'reviews every card of a day-1 note with Good, then the note and the database agree',
      { timeout: 90_000 },
      async () => {
        const v = makeVault();
        startReview(v, ['--note', NOTE]);
        const start = await waitForScreen(['Enter begin']);
        expect(start).toContain(`${CARDS} cards in 1 note`);
        expect(start).toContain(`TCP 3-way handshake (${CARDS})`);
        await waitForRawMode();
        keys('Enter');
        await gradeAllGood();
        const summary = await waitForScreen(['session complete']);
        expect(summary).toContain(`Cards reviewed ${CARDS}`);
        expect(summary).toMatch(/0% → .*20%\s+next 2026-12-02/);
        keys('x');
        const end = await waitForScreen(['bokseup exited with status']);
        expect(end).toContain(`saved ${CARDS} reviews of 1 note`);
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

    it(
      '--limit 3 queues a 5-card note whole and says so; q after two cards saves them, the note stays due',
      { timeout: 90_000 },
      async () => {
        const v = makeVault();
        const PERM = '리눅스 파일 권한.md'; // overdue d4, 5 cards: first in due order
        startReview(v, ['--limit', '3']);
        const start = await waitForScreen(['Enter begin']);
        expect(start).toContain('5 cards in 1 note');
        expect(start.replace(/\s*│\s*/g, ' ')).toContain(
          '리눅스 파일 권한 has 5 due cards, more than the limit of 3: it is queued whole',
        );
        await waitForRawMode();
        keys('Enter');
        for (let card = 1; card <= 2; card++) {
          await waitForScreen([` ${card}/5 `, 'Space reveal']);
          keys('Space');
          // Overdue d4 and today's d7 are done by this review: Good brings the card back on day 14.
          await waitForScreen([` ${card}/5 `, '1 Again 1d', '3 Good 7d']);
          keys('3');
        }
        await waitForScreen([' 3/5 ', 'Space reveal']);
        keys('q');
        const summary = await waitForScreen(['session ended early']);
        expect(summary).toContain('2 of 5 cards graded: the review is not complete, the note stays due');
        expect(summary).toContain('next 2026-11-29');
        keys('x');
        const end = await waitForScreen(['bokseup exited with status']);
        expect(end).toContain('saved 2 reviews of 1 note');
        expect(end).toContain('bokseup exited with status 0');
        expect(fieldLine(v.note(PERM), '🧡4일복습여부')).toBe('🧡4일복습여부: false');
        const db = new Database(v.db, { readonly: true });
        try {
          expect(db.prepare('SELECT grade, milestones FROM reviews').all()).toEqual([
            { grade: 3, milestones: '[]' },
            { grade: 3, milestones: '[]' },
          ]);
        } finally {
          db.close();
        }
      },
    );

    it(
      'closing the terminal on the summary (SIGHUP) still saves the session and writes the note',
      { timeout: 90_000 },
      async () => {
        const v = makeVault();
        startReview(v, ['--note', NOTE]);
        await waitForScreen(['Enter begin']);
        await waitForRawMode();
        keys('Enter');
        await gradeAllGood();
        await waitForScreen(['session complete']);
        tmux('kill-session', '-t', SESSION); // the window closed: tmux hangs up the pane's processes
        await vi.waitFor(() => expect(fieldLine(v.note(NOTE), '❤1일복습여부')).toBe('❤1일복습여부: true'), {
          timeout: 15_000,
          interval: 200,
        });
        const db = new Database(v.db, { readonly: true });
        try {
          expect(db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(CARDS);
          expect(db.prepare('SELECT count(*) FROM pending_writes').pluck().get()).toBe(0);
        } finally {
          db.close();
        }
      },
    );
  },
);
