/** A revealed cloze draws its hidden span highlighted in place, whatever Markdown the span holds. */
import { render } from 'ink';
import { describe, expect, it, vi } from 'vitest';
import { CardScreen, revealCloze, ThemeProvider } from '../../src/quiz/index.js';
import { at, card, cardScreenProps } from './fixtures.js';
import { fakeIo, waitForText } from './terminal.js';

// Chalk decides its colour level when first imported: force colour so the frames carry ANSI codes.
vi.hoisted(() => {
  process.env['FORCE_COLOR'] = '1';
});

/** The first frame line holding `text`, as rendered with colour on. */
async function lineOf(prompt: string, answer: string, text: string): Promise<string> {
  const { stdout, io } = fakeIo(80);
  const c = card('a', 1, { kind: 'cloze', prompt, answer });
  const app = render(
    <ThemeProvider color>
      <CardScreen {...cardScreenProps({ card: c, now: () => at(1) })} />
    </ThemeProvider>,
    { ...io, debug: true, patchConsole: false },
  );
  const frame = await waitForText(stdout.lastFrame, text);
  app.unmount();
  return frame.split('\n').find((l) => l.includes(text.slice(-4))) ?? '';
}

describe('revealCloze', () => {
  it('fills the first gap with the answer between the reveal marks', () => {
    expect(revealCloze({ prompt: '먼저 […]로 확인한다.', answer: '`ip link`' })).toBe(
      '먼저 \uE000`ip link`\uE001로 확인한다.',
    );
    expect(revealCloze({ prompt: '빈칸 없음', answer: 'x' })).toBe('빈칸 없음');
  });

  it('is drawn inverse in its sentence, the marks never shown, inline code included', async () => {
    const plain = await lineOf('[…]처럼 동작한다.', '격리된 네트워크', '격리된 네트워크처럼 동작한다.');
    // eslint-disable-next-line no-control-regex
    expect(plain).toMatch(/\u001b\[7m(\u001b\[[0-9;]*m)*격리된 네트워크(\u001b\[[0-9;]*m)*\u001b\[27m처럼/);
    const code = await lineOf('먼저 […]로 확인한다.', '`ip link`', 'ip link로 확인한다.');
    // eslint-disable-next-line no-control-regex
    expect(code).toMatch(/\u001b\[7m(\u001b\[[0-9;]*m)*ip link(\u001b\[[0-9;]*m)*\u001b\[27m/);
    for (const line of [plain, code]) expect(line).not.toMatch(/[\uE000\uE001]/);
  });
});
