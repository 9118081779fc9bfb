import { describe, expect, it } from 'vitest';
import type { GradeRecord } from '../../src/quiz/index.js';
import { at, card, note, tickingClock } from './fixtures.js';
import { startReview, waitForText } from './terminal.js';

const forecast = [{ date: '2024-10-27', count: 3 }];

/** Begin the session, grade the first card Good, and wait for the second. */
async function beginAndGradeFirst(stdin: { write(s: string): void }, frame: () => string): Promise<void> {
  await waitForText(frame, 'Enter begin');
  stdin.write('\r');
  await waitForText(frame, '질문 1?');
  stdin.write(' ');
  await waitForText(frame, '답 1');
  stdin.write('3');
  await waitForText(frame, '질문 2?');
}

describe('renderReview', () => {
  it('runs start → reveal → grade every card → summary → resolves with the grades', async () => {
    const seen: (readonly GradeRecord[])[] = [];
    const predictAfter = (_id: string, grades: readonly GradeRecord[]) => {
      seen.push(grades);
      return { rateAfter: 8, nextDue: '2024-11-03', finished: true };
    };
    const { stdin, done, frame } = startReview({
      notes: [note('a', 2)],
      forecast,
      now: tickingClock(),
      predictAfter,
    });
    await waitForText(frame, 'Enter begin');
    stdin.write('\r');
    await waitForText(frame, '질문 1?');
    stdin.write(' ');
    await waitForText(frame, '답 1');
    stdin.write('1');
    await waitForText(frame, '질문 2?');
    stdin.write(' ');
    await waitForText(frame, '답 2');
    stdin.write('3');
    await waitForText(frame, '질문 1?');
    stdin.write(' ');
    await waitForText(frame, '답 1');
    stdin.write('4');
    const summary = await waitForText(frame, 'session complete');
    expect(summary).toContain('Cards reviewed 2');
    expect(summary).toContain('Retention 67%');
    expect(summary).toMatch(/20% → █+░+\s+80%\s+next 2024-11-03/);
    stdin.write('x');
    const result = await done;
    expect(result.quit).toBe(false);
    expect(result.grades.map((g) => [g.cardId, g.grade])).toEqual([
      ['a:c1', 1],
      ['a:c2', 3],
      ['a:c1', 4],
    ]);
    expect(result.grades.every((g) => g.durationMs > 0)).toBe(true);
    expect(result.startedAt).toEqual(at(0));
    expect(result.endedAt.getTime()).toBeGreaterThan(result.startedAt.getTime());
    // The summary's prediction gets the session's grades as they will be committed.
    expect(seen.at(-1)).toEqual(result.grades);
  });

  it('q midway shows the summary, then resolves with quit=true and the grades made so far', async () => {
    const { stdin, done, frame } = startReview({
      notes: [note('a', 3)],
      forecast,
      now: tickingClock(),
      predictAfter: () => ({ rateAfter: 2, nextDue: '2024-10-27', finished: false }),
    });
    await beginAndGradeFirst(stdin, frame);
    stdin.write('q');
    const summary = await waitForText(frame, 'session ended early');
    expect(summary).toContain('Cards reviewed 1');
    expect(summary).toContain('1 of 3 cards graded: the review is not complete, the note stays due');
    expect(summary).toContain('next 2024-10-27');
    stdin.write('u');
    const result = await done;
    expect(result.quit).toBe(true);
    expect(result.grades.map((g) => g.cardId)).toEqual(['a:c1']);
  });

  it('Ctrl+C quits from the start screen with nothing graded', async () => {
    const { stdin, done, frame } = startReview({ notes: [note('a', 1)], forecast, now: tickingClock() });
    await waitForText(frame, 'Enter begin');
    stdin.write('\u0003');
    await expect(done).resolves.toMatchObject({ quit: true, grades: [], skipped: [] });
  });

  it.each(['SIGHUP', 'SIGTERM', 'SIGINT'] as const)(
    '%s (the terminal closed, a shutdown) ends the session at once, keeping its grades',
    async (signal) => {
      const outside = process.listenerCount(signal);
      const { stdin, done, frame } = startReview({ notes: [note('a', 3)], forecast, now: tickingClock() });
      await beginAndGradeFirst(stdin, frame);
      expect(process.listenerCount(signal)).toBeGreaterThan(outside);
      process.emit(signal, signal);
      const result = await done;
      expect(result.quit).toBe(true);
      expect(result.grades.map((g) => [g.cardId, g.grade])).toEqual([['a:c1', 3]]);
      // The TUI's handlers are gone with it: after the session, a signal is the process's again.
      expect(process.listenerCount(signal)).toBe(outside);
    },
  );

  it('u undoes the last grade and s skips, in the result', async () => {
    const notes = [note('a', 2)];
    const { stdin, done, frame } = startReview({ notes, forecast, now: tickingClock() });
    await waitForText(frame, 'Enter begin');
    stdin.write('\r');
    await waitForText(frame, '질문 1?');
    stdin.write(' ');
    await waitForText(frame, '답 1');
    stdin.write('2');
    await waitForText(frame, '질문 2?');
    stdin.write('u');
    await waitForText(frame, '답 1');
    stdin.write('s');
    await waitForText(frame, '질문 2?');
    stdin.write('q');
    const result = await done;
    expect(result).toMatchObject({ quit: true, grades: [], skipped: ['a:c1'] });
  });

  it('shows a lab card as self-graded when the lab sandbox is unavailable', async () => {
    const lab = card('a', 9, {
      kind: 'lab',
      labStep: 2,
      prompt: 'veth 쌍을 만드세요',
      answer: '`ip link add veth0 type veth peer name veth1`',
    });
    const { stdin, done, frame } = startReview({
      notes: [note('a', 0, { cards: [lab] })],
      forecast,
      now: tickingClock(),
    });
    await waitForText(frame, 'Enter begin');
    stdin.write('\r');
    const f = await waitForText(frame, 'lab checks need the lab sandbox');
    expect(f).toContain('[실습 2]');
    stdin.write('s');
    await waitForText(frame, 'veth 쌍을 만드세요');
    stdin.write('s');
    const summary = await waitForText(frame, 'session complete');
    expect(summary).toContain('Cards reviewed 0');
    stdin.write(' ');
    await expect(done).resolves.toMatchObject({ quit: false, grades: [], skipped: ['a:c9'] });
  });
});
