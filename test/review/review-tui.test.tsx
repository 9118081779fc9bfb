/**
 * The review end to end in the real TUI (ink on fake streams) over a real store and vault: what
 * the learner sees and types, then what was committed (issue 12 points 5 and 6, issue 14 point 1).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReview } from '../../src/quiz/index.js';
import { runReview, type ReviewOutcome } from '../../src/review/index.js';
import { fakeIo, waitForText } from '../quiz/terminal.js';
import { clock, noteText, ReviewBench } from './review-bench.js';

let b: ReviewBench;
beforeEach(() => (b = new ReviewBench()));
afterEach(() => b.dispose());

/** Run `bokseup review` on the bench at 10:00; `drive` types while the frames come. */
function review(opts: { limit?: number }, drive: (keys: Keys) => Promise<void>): Promise<ReviewOutcome> {
  const { stdin, stdout, io } = fakeIo(100);
  let ms = 0;
  const req = {
    vault: b.root,
    db: ':memory:',
    clock: clock('2026-11-29T10:00'),
    elapsedMs: () => (ms += 500),
    ...opts,
  };
  const keys: Keys = {
    type: (k) => stdin.write(k),
    see: (text) => waitForText(stdout.lastFrame, text),
  };
  const outcome = runReview(b.store, req, (input) =>
    renderReview(input, { ...io, debug: true, color: false }),
  );
  return Promise.all([outcome, drive(keys)]).then(([o]) => o);
}

interface Keys {
  type: (k: string) => void;
  see: (text: string) => Promise<string>;
}

describe('the review TUI over a real vault', () => {
  it('--limit 3 queues a 5-card note whole, says so; quit after two cards keeps them and the note due', async () => {
    b.write('a big.md', noteText({ first: '2026-11-28', questions: 5 }));
    b.write('b.md', noteText({ first: '2026-11-28', questions: 2 }));
    b.ingest(clock('2026-11-29T09:00'));
    const outcome = await review({ limit: 3 }, async (k) => {
      const start = await k.see('Enter begin');
      expect(start).toContain('5 cards in 1 note');
      expect(start).toContain('a big has 5 due cards, more than the limit of 3: it is queued whole');
      expect(start).toContain("+ 1 more due note beyond today's limit of 3 cards");
      k.type('\r');
      for (const n of [1, 2]) {
        await k.see(`질문 ${n}?`);
        k.type(' ');
        expect(await k.see(`답 ${n}`)).toMatch(/1 Again 1d\s+2 Hard 3d\s+3 Good 3d\s+4 Easy 3d/);
        k.type('3');
      }
      await k.see('질문 3?');
      k.type('q');
      const summary = await k.see('session ended early');
      expect(summary).toContain('2 of 5 cards graded: the review is not complete, the note stays due');
      expect(summary).toContain('next 2026-11-29');
      k.type('x');
    });
    expect(outcome).toEqual({ reviews: 2, notes: 1, problems: [] });
    expect(b.read('a big.md')).toContain('❤1일복습여부: false');
    expect(b.store.db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(2);
  });

  it("shows a note's escape sequences and control characters, never sends them to the terminal", async () => {
    const hostile = 'What \u001b]0;PWNED\u0007\u001b[2J\u001b[31m질문\u0000?';
    const name = 'evil\u001b]52;c;aGk=\u0007.md';
    b.write(name, noteText({ first: '2026-11-28', questions: 1 }).replace('질문 1?', hostile));
    b.ingest(clock('2026-11-29T09:00'));
    const frames: string[] = [];
    await review({}, async (k) => {
      frames.push(await k.see('Enter begin'));
      k.type('\r');
      frames.push(await k.see('What ␛]0;PWNED␇␛[2J␛[31m질문␀?'));
      k.type('q'); // nothing graded: the review ends without a summary
    });
    expect(frames[0]).toContain('evil␛]52;c;aGk=␇');
    // eslint-disable-next-line no-control-regex -- what the test looks for
    for (const f of frames) expect(f).not.toMatch(/\u001b\]|\u0007|\u0000|\u001b\[2J/);
  });

  it('a note of prose is one whole-note card; ? lists the keys; grading it advances day 1', async () => {
    b.write(
      'prose.md',
      `${noteText({ first: '2026-11-28', questions: 0 })}\n### 핵심 요약\n\n네임스페이스는 격리다.\n`,
    );
    b.ingest(clock('2026-11-29T09:00'));
    const outcome = await review({}, async (k) => {
      await k.see('Enter begin');
      k.type('\r');
      expect(await k.see('노트 전체 복습')).toContain('[노트 전체]');
      k.type('?');
      const help = await k.see('any other key closes this help');
      expect(help).toContain('reveal the answer (and nothing else)');
      k.type('3'); // closes the help, grades nothing
      await k.see('Space reveal');
      k.type(' ');
      expect(await k.see('── 요약 ──')).toContain('네임스페이스는 격리다.');
      k.type(' '); // a second Space does not grade
      k.type('3');
      const summary = await k.see('session complete');
      expect(summary).toMatch(/0%\s+→\s+█+░+\s+20%\s+next 2026-12-02/);
      k.type('x');
    });
    expect(outcome.reviews).toBe(1);
    expect(b.read('prose.md')).toContain('❤1일복습여부: true');
  });

  it('after an Again every key of the note says tomorrow, and the note is an extra review tomorrow', async () => {
    b.write('n.md', noteText({ first: '2026-11-28', questions: 2 }));
    b.ingest(clock('2026-11-29T09:00'));
    await review({}, async (k) => {
      await k.see('Enter begin');
      k.type('\r');
      await k.see('질문 1?');
      k.type(' ');
      await k.see('답 1');
      k.type('1');
      await k.see('질문 2?');
      k.type(' ');
      expect(await k.see('답 2')).toMatch(/1 Again 1d\s+2 Hard 1d\s+3 Good 1d\s+4 Easy 1d/);
      k.type('4');
      await k.see('질문 1?');
      k.type(' ');
      expect(await k.see('답 1')).toMatch(/3 Good 1d/);
      k.type('3');
      expect(await k.see('session complete')).toContain('next 2026-11-30');
      k.type('x');
    });
    expect(b.read('n.md')).toContain('복습: 추가 복습');
    b.ingest(clock('2026-11-29T11:00'));
    expect(b.queuedAt(clock('2026-11-29T12:00')).size).toBe(0);
    expect(b.queuedAt(clock('2026-11-30T08:00')).size).toBe(2);
  });
});
