import { render } from 'ink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardScreen, renderReview, noColorRequested, ThemeProvider } from '../../src/quiz/index.js';
import { at, card, cardScreenProps, note, tickingClock } from './fixtures.js';
import { fakeIo, waitForText } from './terminal.js';

// Chalk decides its colour level when first imported: force colour so the frames carry ANSI codes.
vi.hoisted(() => {
  process.env['FORCE_COLOR'] = '1';
});

// eslint-disable-next-line no-control-regex
const COLOUR = /\u001b\[(3[0-79]|4[0-79]|9[0-7]|10[0-7]|38;|48;)/;
// eslint-disable-next-line no-control-regex
const INVERSE = /\u001b\[7m/;

afterEach(() => {
  vi.unstubAllEnvs();
});

function renderCard(color: boolean) {
  const { stdout, io } = fakeIo(80);
  const c = card('a', 1, { prompt: '**굵게** `ip link` 와 [… ]' });
  const app = render(
    <ThemeProvider color={color}>
      <CardScreen {...cardScreenProps({ card: c, now: () => at(1) })} />
    </ThemeProvider>,
    { ...io, debug: true, patchConsole: false },
  );
  return { stdout, app };
}

describe('NO_COLOR', () => {
  it('reads NO_COLOR as no-color.org says: set and not empty', () => {
    expect(noColorRequested({ NO_COLOR: '1' })).toBe(true);
    expect(noColorRequested({ NO_COLOR: '' })).toBe(false);
    expect(noColorRequested({})).toBe(false);
  });

  it('colours the card with the theme on, and only inverse/bold with it off', async () => {
    const on = renderCard(true);
    expect(await waitForText(on.stdout.lastFrame, 'Again')).toMatch(COLOUR);
    on.app.unmount();
    const off = renderCard(false);
    const frame = await waitForText(off.stdout.lastFrame, 'Again');
    expect(frame).not.toMatch(COLOUR);
    expect(frame).toMatch(INVERSE);
    off.app.unmount();
  });

  it('renderReview turns colour off when NO_COLOR is set (chalk 5 alone would not)', async () => {
    vi.stubEnv('NO_COLOR', '1');
    const { stdout, stdin, io } = fakeIo(80);
    const done = renderReview(
      { notes: [note('a', 1)], forecast: [], now: tickingClock() },
      { ...io, debug: true },
    );
    const frame = await waitForText(stdout.lastFrame, 'Enter begin');
    expect(frame).toMatch(INVERSE);
    expect(stdout.frames.join('')).not.toMatch(COLOUR);
    stdin.write('q');
    await expect(done).resolves.toMatchObject({ quit: true });
  });
});
