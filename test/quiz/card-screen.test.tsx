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
  prompt: '[…]하는 기술.',
  answer: '격리',
  context: '==격리==하는 기술.',
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
    expect(first).toMatch(/노트 a · Linux\s+7일차 {2}\+2일 지남 \[빈칸\]/);
    expect(first).toMatch(/█{8}░{12} 3\/5/);
    expect(first).toContain('Space reveal · s skip · u undo · q quit');
    expect(first).not.toContain('Again');
    await waitForText(lastFrame, '01:00');
    await waitForText(lastFrame, '02:00');
  });

  it('after reveal shows the answer, the cloze context and the grade keys with intervals', async () => {
    const { lastFrame } = render(<CardScreen {...cardScreenProps({ card: cloze })} />);
    const frame = await waitForText(lastFrame, '── 답 ──');
    expect(frame).toContain('문맥');
    expect(frame).toMatch(/1 Again 10m\s+2 Hard 1d\s+3 Good 4d\s+4 Easy 12d/);
    expect(frame).not.toContain('Space reveal');
  });

  it('formats the timer as mm:ss, minutes past an hour included', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(59_999)).toBe('00:59');
    expect(formatElapsed(75 * 60_000 + 3000)).toBe('75:03');
    expect(formatElapsed(-5)).toBe('00:00');
  });
});
