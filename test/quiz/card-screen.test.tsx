import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { CardScreen, formatElapsed } from '../../src/quiz/index.js';
import { at, card, cardScreenProps, note } from './fixtures.js';
import { waitForText } from './terminal.js';

/** A clock that moves a minute each time it is read. */
function minuteClock(): () => Date {
  let m = 0;
  return () => new Date(at(0).getTime() + 60_000 * m++);
}

const cloze = card('a', 1, {
  kind: 'cloze',
  prompt: '[…]처럼 동작한다.',
  answer: '격리된 네트워크',
  context: '리눅스 네트워크 네임스페이스란? › 각 네임스페이스는',
});

describe('CardScreen', () => {
  it('shows title, subject, stage badge, progress n/total, and a timer that ticks every second', async () => {
    const { lastFrame } = render(
      <CardScreen
        {...cardScreenProps({
          note: note('a', 1, { stage: 'd7', overdueDays: 2 }),
          card: cloze,
          done: 2,
          total: 5,
          now: minuteClock(),
          revealed: false,
        })}
      />,
    );
    const first = await waitForText(lastFrame, '00:00');
    expect(first).toMatch(/노트 a · Linux\s+7일차 {2}2일 지남 \[빈칸\]/);
    expect(first).toMatch(/█{8}░{12} 3\/5/);
    expect(first).toContain('Space reveal · s skip · u undo · q quit · ? keys');
    expect(first).toContain('리눅스 네트워크 네임스페이스란? › 각 네임스페이스는');
    expect(first).toContain(' … 처럼 동작한다.');
    expect(first).not.toContain('격리된 네트워크');
    expect(first).not.toContain('Again');
    await waitForText(lastFrame, '01:00');
    await waitForText(lastFrame, '02:00');
  });

  it('a revealed cloze shows its text with the hidden span in place, its context and the grade keys', async () => {
    const { lastFrame } = render(<CardScreen {...cardScreenProps({ card: cloze })} />);
    const frame = await waitForText(lastFrame, '격리된 네트워크처럼 동작한다.');
    expect(frame).toContain('리눅스 네트워크 네임스페이스란? › 각 네임스페이스는');
    expect(frame).not.toContain('[…]');
    expect(frame).toMatch(/1 Again 1d\s+2 Hard 3d\s+3 Good 3d\s+4 Easy 3d/);
    expect(frame).toContain('1–4 grade');
    expect(frame).not.toContain('Space reveal');
  });

  it('a question shows its answer under a rule; a whole-note card its summary, in the note language', async () => {
    const q = render(<CardScreen {...cardScreenProps()} />);
    expect(await waitForText(q.lastFrame, '── 답 ──')).toContain('답 1');
    const whole = card('a', 2, { kind: 'note', prompt: 'Big-O notation', answer: 'O(n) grows linearly.' });
    const english = note('a', 1, { lang: 'en', stage: 'long-term', overdueDays: 1 });
    const w = render(<CardScreen {...cardScreenProps({ card: whole, note: english })} />);
    const frame = await waitForText(w.lastFrame, '── 요약 ──');
    expect(frame).toContain('whole-note review: recall what this note says');
    expect(frame).toContain('O(n) grows linearly.');
    expect(frame).toMatch(/long-term review\s+1 day late\s+\[whole note\]/);
  });

  it('formats the timer as mm:ss, minutes past an hour included', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(59_999)).toBe('00:59');
    expect(formatElapsed(75 * 60_000 + 3000)).toBe('75:03');
    expect(formatElapsed(-5)).toBe('00:00');
  });
});
